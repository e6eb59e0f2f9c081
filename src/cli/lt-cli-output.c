/* lt-cli-output.c: stdout and stderr without control characters, and their write errors */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-cli"

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "lt-cli-commands.h"
#include "lt-validate.h"

/*
 * A name may come from a CSV file, an argument from anywhere: printed raw,
 * an escape sequence in it would drive the user's terminal. Every byte the
 * CLI prints goes through lt_text_escape_controls (), which turns each
 * control character into the visible `\u00XX` — the same character again
 * in JSON, harmless text elsewhere. stdio FILEs of glibc's fopencookie ()
 * replace stdout and stderr, so printf, g_print and json-glib all pass
 * through it without each command having to remember.
 */

typedef struct {
  int      fd;
  GString *pending;  /* an incomplete UTF-8 character, kept for the next write */
} Filter;

static gboolean
write_all (int         fd,
           const char *data,
           gsize       len)
{
  while (len > 0)
    {
      ssize_t n = write (fd, data, len);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      data += n;
      len -= n;
    }

  return TRUE;
}

/* The length of @text without a UTF-8 character cut at its end. */
static gsize
complete_length (const char *text,
                 gsize       len)
{
  for (gsize back = 1; back <= 3 && back <= len; back++)
    {
      guchar c = text[len - back];
      gsize need;

      if ((c & 0xC0) == 0x80)
        continue;  /* a continuation byte: look further back */
      need = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
      return need > back ? len - back : len;
    }

  return len;
}

/* The filters live until exit, which flushes their streams but closes
 * none: held here, they are not taken for leaks. */
static Filter *filters[2];

static gboolean
filter_flush (Filter *filter,
              gsize   len)
{
  g_autofree char *safe = lt_text_escape_controls (filter->pending->str, len);
  gboolean ok = write_all (filter->fd, safe, strlen (safe));

  g_string_erase (filter->pending, 0, len);
  return ok;
}

static ssize_t
filter_write (void       *cookie,
              const char *buffer,
              size_t      size)
{
  Filter *filter = cookie;

  g_string_append_len (filter->pending, buffer, size);
  if (!filter_flush (filter, complete_length (filter->pending->str, filter->pending->len)))
    return -1;

  return size;
}

static int
filter_close (void *cookie)
{
  Filter *filter = cookie;
  gboolean ok = filter_flush (filter, filter->pending->len);

  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    if (filters[i] == filter)
      filters[i] = NULL;
  g_string_free (filter->pending, TRUE);
  g_free (filter);
  return ok ? 0 : EOF;
}

static FILE *
filter_open (int fd,
             int buffering)
{
  cookie_io_functions_t functions = { NULL, filter_write, NULL, filter_close };
  Filter *filter = g_new0 (Filter, 1);
  FILE *file;

  filter->fd = fd;
  filter->pending = g_string_new (NULL);
  file = fopencookie (filter, "w", functions);
  if (file == NULL)
    {
      g_string_free (filter->pending, TRUE);
      g_free (filter);
      return NULL;
    }
  setvbuf (file, NULL, buffering, 0);
  filters[fd == STDOUT_FILENO ? 0 : 1] = filter;

  return file;
}

/**
 * lt_cli_output_install:
 *
 * From now on stdout and stderr print no control character but newline
 * and tab.
 */
void
lt_cli_output_install (void)
{
  FILE *out = filter_open (STDOUT_FILENO, isatty (STDOUT_FILENO) ? _IOLBF : _IOFBF);
  FILE *err = filter_open (STDERR_FILENO, _IONBF);

  if (out != NULL)
    stdout = out;
  if (err != NULL)
    stderr = err;
}

/**
 * lt_cli_output_finish:
 *
 * Writes what stdout still holds. A command whose output could not be
 * written (a full disk, a closed pipe) failed: « affaire list > /dev/full »
 * must not exit 0.
 */
gboolean
lt_cli_output_finish (GError **error)
{
  int saved;

  errno = 0;
  if (fflush (stdout) == 0 && !ferror (stdout))
    return TRUE;

  saved = errno != 0 ? errno : EIO;
  clearerr (stdout);
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
               _("The output could not be written: %s. Nothing was lost in the database; "
                 "write the output somewhere else."),
               g_strerror (saved));
  return FALSE;
}
