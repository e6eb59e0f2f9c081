/* lt-cli-heavy.c: what needs Poppler, libcurl or libsecret, loaded only when a command uses it */
/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Poppler (the signature date stamped on a frozen PDF), libcurl (SMTP)
 * and libsecret (the SMTP password) bring some fifty shared libraries
 * whose loading and relocation cost every run of lettrine-cli a good part
 * of its start-up (a letter rendered in a fresh process paid it), though
 * few commands use them. They are built into a module,
 * liblettrine-cli-heavy.so, beside lettrine-cli in a build tree and in
 * LT_CLI_MODULEDIR once installed; these functions, with the names and
 * contracts of the real ones (lt-pdf-signature.h, lt-mail-smtp.h,
 * lt-mail-secret.h), load it the first time one of them is called. The
 * module is linked -Bsymbolic: its own calls stay inside it, and what it
 * needs of the rest (settings, messages, errors) it finds in this
 * executable, which exports its symbols. */

#define G_LOG_DOMAIN "lt-cli-heavy"

#include "config.h"

#include <glib/gi18n.h>
#include <gmodule.h>

#include "lt-error.h"
#include "lt-mail-secret.h"
#include "lt-mail-smtp.h"
#include "lt-pdf-signature.h"

#define HEAVY_MODULE "liblettrine-cli-heavy.so"

typedef GBytes  *(*StampFunc)          (GBytes *, const char *, GError **);
typedef gboolean (*SmtpSendFunc)       (LtMailSettings *, const char *, const LtMailMessage *, GCancellable *, GError **);
typedef gboolean (*SmtpTestFunc)       (LtMailSettings *, const char *, GCancellable *, GError **);
typedef char    *(*PasswordLookupFunc) (LtMailSettings *, GCancellable *, GError **);
typedef gboolean (*PasswordStoreFunc)  (LtMailSettings *, const char *, GCancellable *, GError **);

typedef struct {
  GModule            *module;
  char               *failure;
  StampFunc           stamp_signature;
  SmtpSendFunc        smtp_send;
  SmtpTestFunc        smtp_test;
  PasswordLookupFunc  password_lookup;
  PasswordStoreFunc   password_store;
} Heavy;

static char *
module_path (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);

  /* a build tree: the module is built beside the executable */
  if (exe != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (exe);
      g_autofree char *beside = g_build_filename (dir, HEAVY_MODULE, NULL);

      if (g_file_test (beside, G_FILE_TEST_EXISTS))
        return g_steal_pointer (&beside);
    }

  return g_build_filename (LT_CLI_MODULEDIR, HEAVY_MODULE, NULL);
}

static gpointer
load_heavy (gpointer data)
{
  Heavy *heavy = g_new0 (Heavy, 1);
  g_autofree char *path = module_path ();
  const struct { const char *name; gpointer *slot; } symbols[] = {
    { "lt_pdf_stamp_signature", (gpointer *) &heavy->stamp_signature },
    { "lt_mail_smtp_send", (gpointer *) &heavy->smtp_send },
    { "lt_mail_smtp_test", (gpointer *) &heavy->smtp_test },
    { "lt_mail_password_lookup", (gpointer *) &heavy->password_lookup },
    { "lt_mail_password_store", (gpointer *) &heavy->password_store },
  };

  heavy->module = g_module_open (path, G_MODULE_BIND_LOCAL);
  if (heavy->module == NULL)
    {
      heavy->failure = g_strdup (g_module_error ());
      return heavy;
    }
  g_module_make_resident (heavy->module);

  for (guint i = 0; i < G_N_ELEMENTS (symbols); i++)
    if (!g_module_symbol (heavy->module, symbols[i].name, symbols[i].slot) || *symbols[i].slot == NULL)
      {
        heavy->failure = g_strdup_printf ("%s: %s", path, g_module_error ());
        return heavy;
      }

  return heavy;
}

/* The loaded module, or NULL with an error that says to reinstall. */
static Heavy *
get_heavy (GError **error)
{
  static GOnce once = G_ONCE_INIT;
  Heavy *heavy = g_once (&once, load_heavy, NULL);

  if (heavy->failure != NULL)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_FAILED,
                   _("A part of Lettrine is missing or damaged (%s): reinstall Lettrine."), heavy->failure);
      return NULL;
    }

  return heavy;
}

GBytes *
lt_pdf_stamp_signature (GBytes      *frozen,
                        const char  *signed_on,
                        GError     **error)
{
  Heavy *heavy = get_heavy (error);

  return heavy != NULL ? heavy->stamp_signature (frozen, signed_on, error) : NULL;
}

gboolean
lt_mail_smtp_send (LtMailSettings       *settings,
                   const char           *password,
                   const LtMailMessage  *message,
                   GCancellable         *cancellable,
                   GError              **error)
{
  Heavy *heavy = get_heavy (error);

  return heavy != NULL && heavy->smtp_send (settings, password, message, cancellable, error);
}

gboolean
lt_mail_smtp_test (LtMailSettings  *settings,
                   const char      *password,
                   GCancellable    *cancellable,
                   GError         **error)
{
  Heavy *heavy = get_heavy (error);

  return heavy != NULL && heavy->smtp_test (settings, password, cancellable, error);
}

char *
lt_mail_password_lookup (LtMailSettings  *settings,
                         GCancellable    *cancellable,
                         GError         **error)
{
  Heavy *heavy = get_heavy (error);

  return heavy != NULL ? heavy->password_lookup (settings, cancellable, error) : NULL;
}

gboolean
lt_mail_password_store (LtMailSettings  *settings,
                        const char      *password,
                        GCancellable    *cancellable,
                        GError         **error)
{
  Heavy *heavy = get_heavy (error);

  return heavy != NULL && heavy->password_store (settings, password, cancellable, error);
}
