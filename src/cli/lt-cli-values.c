/* lt-cli-values.c: ids, dates, amounts and enums typed on the command line */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-cli"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "lt-cli-commands.h"
#include "lt-enums.h"

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

/* « 1 234,50 € », « 1234.5 », « 12 EUR »: spaces (also no-break ones) group
 * thousands, a comma or a dot starts at most two decimals. */
gboolean
lt_cli_parse_euros (const char  *text,
                    gint64      *cents,
                    GError     **error)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  const char *p;
  gboolean seen_point = FALSE;
  int decimals = 0;
  guint64 value = 0;

  if (text == NULL)
    goto invalid;

  for (p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= '0' && c <= '9')
        {
          if (seen_point && ++decimals > 2)
            goto invalid;
          g_string_append_c (digits, (char) c);
        }
      else if ((c == ',' || c == '.') && !seen_point)
        seen_point = TRUE;
      else if (c == ' ' || c == 0x00A0 || c == 0x202F)
        continue;
      else if (c == 0x20AC /* € */ || (g_str_has_prefix (p, "EUR") && p[3] == '\0'))
        break;
      else
        goto invalid;
    }

  if (digits->len == 0 || digits->len > 15)
    goto invalid;
  for (; decimals < 2; decimals++)
    g_string_append_c (digits, '0');
  if (!g_ascii_string_to_unsigned (digits->str, 10, 0, G_MAXINT64, &value, NULL))
    goto invalid;

  *cents = (gint64) value;
  return TRUE;

invalid:
  g_set_error (error, LT_ERROR, LT_ERROR_INVALID_AMOUNT,
               _("« %s » is not an amount in euros: write it as 1234,50 or 1 234,50 €."),
               text != NULL ? text : "");
  return FALSE;
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
