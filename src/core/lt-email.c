/* lt-email.c: whether an e-mail address is one */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-email"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lt-email.h"
#include "lt-error.h"

/**
 * lt_email_check:
 *
 * An empty address is none, and accepted; otherwise one '@' with a name
 * before it and a domain with a dot after it, without spaces or separators.
 *
 * Returns: whether @email is acceptable, else LT_ERROR_INVALID_EMAIL
 */
gboolean
lt_email_check (const char  *email,
                GError     **error)
{
  const char *at;

  if (email == NULL || *email == '\0')
    return TRUE;

  at = strchr (email, '@');
  if (at == NULL || at == email || strchr (at + 1, '@') != NULL ||
      strchr (at + 1, '.') == NULL || g_str_has_suffix (email, ".") ||
      strpbrk (email, " \t\n,;<>") != NULL)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_INVALID_EMAIL,
                   _("“%s” is not a valid e-mail address: check it "
                     "(for example nom@cabinet.fr)."),
                   email);
      return FALSE;
    }

  return TRUE;
}
