/* lt-cli-values.c: ids, dates, amounts and enums typed on the command line */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-cli"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "lt-cli-commands.h"
#include "lt-enums.h"
#include "lt-money.h"
#include "lt-validate.h"

gboolean
lt_cli_parse_id (const char  *text,
                 gint64      *id,
                 GError     **error)
{
  guint64 value = 0;

  if (text == NULL ||
      !g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &value, NULL))
    return lt_cli_usage_error (error, _("« %s » is not an id: an id is a positive whole number."),
                               text != NULL ? text : "");

  *id = (gint64) value;
  return TRUE;
}

gboolean
lt_cli_parse_date (const char  *text,
                   char       **iso,
                   GError     **error)
{
  guint64 y = 0, m = 0, d = 0;
  g_auto(GStrv) parts = NULL;

  if (text != NULL && strlen (text) == 10 && text[4] == '-' && text[7] == '-')
    {
      parts = g_strsplit (text, "-", 3);
      if (g_ascii_string_to_unsigned (parts[0], 10, 1, 9999, &y, NULL) &&
          g_ascii_string_to_unsigned (parts[1], 10, 1, 12, &m, NULL) &&
          g_ascii_string_to_unsigned (parts[2], 10, 1, 31, &d, NULL) &&
          g_date_valid_dmy (d, m, y))
        goto valid;
    }
  else if (text != NULL && strlen (text) == 10 && text[2] == '/' && text[5] == '/')
    {
      parts = g_strsplit (text, "/", 3);
      if (g_ascii_string_to_unsigned (parts[2], 10, 1, 9999, &y, NULL) &&
          g_ascii_string_to_unsigned (parts[1], 10, 1, 12, &m, NULL) &&
          g_ascii_string_to_unsigned (parts[0], 10, 1, 31, &d, NULL) &&
          g_date_valid_dmy (d, m, y))
        goto valid;
    }

  g_set_error (error, LT_ERROR, LT_ERROR_INVALID_DATE,
               _("« %s » is not a date: write it as 2027-03-31 or 31/03/2027."),
               text != NULL ? text : "");
  return FALSE;

valid:
  *iso = g_strdup_printf ("%04u-%02u-%02u", (guint) y, (guint) m, (guint) d);
  return TRUE;
}

/* The core's parser: the same amounts and the same message as the app. */
gboolean
lt_cli_parse_euros (const char  *text,
                    gint64      *cents,
                    GError     **error)
{
  gint64 value = 0;

  /* Every amount typed here is a price: -0,01 € would read as « no price ». */
  if (!lt_money_parse (text != NULL ? text : "", &value, error) ||
      !lt_validate_price_cents (value, error))
    return FALSE;

  *cents = value;
  return TRUE;
}

gboolean
lt_cli_parse_enum (GType        enum_type,
                   const char  *text,
                   int         *value,
                   GError     **error)
{
  g_autoptr(GEnumClass) klass = NULL;
  g_autoptr(GString) choices = NULL;

  if (text != NULL && lt_enum_from_nick (enum_type, text, value))
    return TRUE;

  klass = g_type_class_ref (enum_type);
  choices = g_string_new (NULL);
  for (guint i = 0; i < klass->n_values; i++)
    g_string_append_printf (choices, "%s%s", i > 0 ? ", " : "", klass->values[i].value_nick);

  return lt_cli_usage_error (error, _("« %s » is not one of: %s"),
                             text != NULL ? text : "", choices->str);
}
