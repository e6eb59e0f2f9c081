/* lt-pdf-markup.c: the line format of expanded letter templates, read into a layout */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-pdf-markup"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "lt-error.h"
#include "lt-pdf-markup.h"

typedef enum {
  PENDING_NONE,
  PENDING_PARAGRAPH,
  PENDING_BULLET,
  PENDING_LEFT,
  PENDING_RIGHT,
} PendingKind;

typedef struct {
  LtPdfLayout *layout;
  PendingKind  kind;
  GString     *text;
  GString     *sign_left;
  GString     *sign_right;
  GString     *sign_place;
} Parser;

static void
flush (Parser *parser)
{
  switch (parser->kind)
    {
    case PENDING_PARAGRAPH:
      lt_pdf_layout_add_paragraph (parser->layout, parser->text->str, LT_PDF_ALIGN_JUSTIFY);
      break;
    case PENDING_BULLET:
      lt_pdf_layout_add_bullet (parser->layout, parser->text->str);
      break;
    case PENDING_LEFT:
      lt_pdf_layout_add_paragraph (parser->layout, parser->text->str, LT_PDF_ALIGN_LEFT);
      break;
    case PENDING_RIGHT:
      lt_pdf_layout_add_paragraph (parser->layout, parser->text->str, LT_PDF_ALIGN_RIGHT);
      break;
    case PENDING_NONE:
    default:
      break;
    }

  parser->kind = PENDING_NONE;
  g_string_truncate (parser->text, 0);
}

static void
append (Parser      *parser,
        PendingKind  kind,
        const char  *text,
        const char  *separator)
{
  if (parser->kind != kind)
    flush (parser);
  if (parser->text->len > 0)
    g_string_append (parser->text, separator);
  parser->kind = kind;
  g_string_append (parser->text, text);
}

gboolean
lt_pdf_markup_parse (LtPdfLayout         *layout,
                     const char          *text,
                     LtPdfDirectiveFunc   func,
                     gpointer             user_data,
                     GError             **error)
{
  g_auto(GStrv) lines = NULL;
  Parser parser = { layout, PENDING_NONE, NULL, NULL, NULL, NULL };
  gboolean ok = TRUE;

  g_return_val_if_fail (layout != NULL, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  parser.text = g_string_new (NULL);
  parser.sign_left = g_string_new (NULL);
  parser.sign_right = g_string_new (NULL);
  parser.sign_place = g_string_new (NULL);
  lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; ok && lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);

      if (*line == '\0')
        {
          flush (&parser);
        }
      else if (g_str_has_prefix (line, "%%"))
        {
          /* a comment of the template */
        }
      else if (*line == '#')
        {
          guint level = 0;

          flush (&parser);
          while (line[level] == '#')
            level++;
          lt_pdf_layout_add_heading (layout, level, g_strchug (line + level));
        }
      else if (g_str_has_prefix (line, "- "))
        {
          flush (&parser);
          append (&parser, PENDING_BULLET, line + 2, " ");
        }
      else if (*line == '|')
        {
          append (&parser, PENDING_LEFT, g_strchug (line + 1), "\n");
        }
      else if (*line == '>')
        {
          append (&parser, PENDING_RIGHT, g_strchug (line + 1), "\n");
        }
      else if (*line == '@')
        {
          g_autofree char *name = NULL;
          const char *args;
          const char *space;

          flush (&parser);
          space = strchr (line, ' ');
          name = space ? g_strndup (line + 1, space - line - 1) : g_strdup (line + 1);
          args = space ? g_strchug ((char *) space) : "";

          if (g_str_equal (name, "pagebreak"))
            lt_pdf_layout_add_page_break (layout);
          else if (g_str_equal (name, "space"))
            lt_pdf_layout_add_space (layout, g_ascii_strtod (args, NULL));
          else if (g_str_equal (name, "center"))
            lt_pdf_layout_add_paragraph (layout, args, LT_PDF_ALIGN_CENTER);
          else if (g_str_equal (name, "signature-left"))
            g_string_append_printf (parser.sign_left, "%s%s", parser.sign_left->len ? "\n" : "", args);
          else if (g_str_equal (name, "signature-right"))
            g_string_append_printf (parser.sign_right, "%s%s", parser.sign_right->len ? "\n" : "", args);
          else if (g_str_equal (name, "signature-place"))
            g_string_append_printf (parser.sign_place, "%s%s", parser.sign_place->len ? "\n" : "", args);
          else if (g_str_equal (name, "signatures"))
            {
              lt_pdf_layout_add_signatures (layout, parser.sign_place->str,
                                            parser.sign_left->str, parser.sign_right->str);
              g_string_truncate (parser.sign_left, 0);
              g_string_truncate (parser.sign_right, 0);
              g_string_truncate (parser.sign_place, 0);
            }
          else if (func != NULL)
            ok = func (layout, name, args, user_data, error);
          else
            {
              g_set_error (error, LT_ERROR, LT_ERROR_RENDER,
                           _("The letter template uses an unknown instruction « @%s »: correct the template."),
                           name);
              ok = FALSE;
            }
        }
      else
        {
          /* a plain line continues a bullet or a paragraph */
          append (&parser, parser.kind == PENDING_BULLET ? PENDING_BULLET : PENDING_PARAGRAPH, line, " ");
        }
    }

  if (ok)
    flush (&parser);

  g_string_free (parser.text, TRUE);
  g_string_free (parser.sign_left, TRUE);
  g_string_free (parser.sign_right, TRUE);
  g_string_free (parser.sign_place, TRUE);

  return ok;
}
