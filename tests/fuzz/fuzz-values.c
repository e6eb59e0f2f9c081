/* fuzz-values.c: money, coefficient, date, SIREN and SIRET parsing with any text */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "fuzz-common.h"
#include "lt-date.h"
#include "lt-error.h"
#include "lt-money.h"
#include "lt-schedule.h"
#include "lt-siren.h"
#include "lt-working-days.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init_glib ();
  return 0;
}

static void
fuzz_money (const char *text)
{
  g_autoptr(GError) error = NULL;
  gint64 cents = 0;

  if (lt_money_parse (text, &cents, &error))
    {
      g_autofree char *number = NULL;
      g_autofree char *formatted = NULL;
      gint64 again = 0;

      FUZZ_ASSERT (error == NULL);
      /* bounded where parsed, so that sums of amounts cannot overflow */
      FUZZ_ASSERT (cents <= LT_MONEY_MAX_CENTS && cents >= -LT_MONEY_MAX_CENTS);
      /* what is shown reads back as the same amount */
      number = lt_money_format_number (cents);
      FUZZ_ASSERT (lt_money_parse (number, &again, NULL) && again == cents);
      formatted = lt_money_format (cents);
      FUZZ_ASSERT (lt_money_parse (formatted, &again, NULL) && again == cents);
    }
  else
    FUZZ_ASSERT (error != NULL && error->domain == LT_ERROR &&
                 error->code == LT_ERROR_INVALID_AMOUNT && g_utf8_validate (error->message, -1, NULL));
}

static void
fuzz_coefficient (const char *text)
{
  g_autoptr(GError) error = NULL;
  gint64 ppm = 0;

  if (lt_coefficient_parse (text, &ppm, &error))
    {
      g_autofree char *shown = lt_coefficient_format (ppm);
      gint64 again = 0;

      FUZZ_ASSERT (ppm > 0);
      FUZZ_ASSERT (lt_coefficient_parse (shown, &again, NULL) && again == ppm);
      /* saturates, never wraps */
      FUZZ_ASSERT (lt_money_apply_coefficient (LT_MONEY_MAX_CENTS, ppm, LT_ROUNDING_CENT) >= 0);
      FUZZ_ASSERT (lt_money_apply_coefficient (-LT_MONEY_MAX_CENTS, ppm, LT_ROUNDING_EURO) <= 0);
    }
  else
    FUZZ_ASSERT (error != NULL && error->code == LT_ERROR_INVALID_COEFFICIENT &&
                 g_utf8_validate (error->message, -1, NULL));
}

static void
fuzz_siren (const char *text)
{
  g_autofree char *normalized = lt_siren_normalize (text);
  g_autofree char *siren_shown = lt_siren_format (text);
  g_autofree char *siret_shown = lt_siret_format (text);
  g_autofree char *siren_of_siret = lt_siret_get_siren (text);
  g_autoptr(GError) siren_error = NULL;
  g_autoptr(GError) siret_error = NULL;
  gboolean siren_ok = lt_siren_validate (text, &siren_error);
  gboolean siret_ok = lt_siret_validate (text, &siret_error);

  FUZZ_ASSERT (strlen (normalized) <= strlen (text));
  FUZZ_ASSERT (siren_ok == (siren_error == NULL));
  FUZZ_ASSERT (siret_ok == (siret_error == NULL));
  if (siren_error != NULL)
    FUZZ_ASSERT (siren_error->code == LT_ERROR_INVALID_SIREN && g_utf8_validate (siren_error->message, -1, NULL));
  if (siret_error != NULL)
    FUZZ_ASSERT (siret_error->code == LT_ERROR_INVALID_SIRET && g_utf8_validate (siret_error->message, -1, NULL));
  if (siren_ok)
    {
      FUZZ_ASSERT (strlen (normalized) == 9);
      FUZZ_ASSERT (lt_siren_validate (siren_shown, NULL));
    }
  if (siret_ok)
    {
      FUZZ_ASSERT (siren_of_siret != NULL && strlen (siren_of_siret) == 9);
      FUZZ_ASSERT (lt_siret_validate (siret_shown, NULL));
    }
}

static void
fuzz_dates (const char *text)
{
  GDate date;
  g_autofree char *period = lt_schedule_period_to_display (text);

  FUZZ_ASSERT (period != NULL);
  if (lt_date_from_iso (text, &date))
    {
      g_autofree char *iso = lt_date_to_iso (&date);
      g_autofree char *shown = lt_date_iso_to_display (text);

      FUZZ_ASSERT (g_date_valid (&date));
      FUZZ_ASSERT (strcmp (iso, text) == 0);
      FUZZ_ASSERT (shown != NULL && g_utf8_validate (shown, -1, NULL));
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = fuzz_dup_string (data, size);

  fuzz_money (text);
  fuzz_coefficient (text);
  fuzz_siren (text);
  fuzz_dates (text);
  return 0;
}
