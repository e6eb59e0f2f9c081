/* lt-cli-values.c: ids, dates, amounts and enums typed on the command line */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-cli"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "lt-cli-commands.h"
#include "lt-date.h"
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

/* As in the app: 2027-03-31 or 31/03/2027 (lt_date_display_to_iso). */
gboolean
lt_cli_parse_date (const char  *text,
                   char       **iso,
                   GError     **error)
{
  char *date = lt_date_display_to_iso (text);

  if (date == NULL)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_INVALID_DATE,
                   _("« %s » is not a date: write it as 2027-03-31 or 31/03/2027."),
                   text != NULL ? text : "");
      return FALSE;
    }

  *iso = date;
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
