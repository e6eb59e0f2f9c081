/* lt-exercice.h: the client's exercice as a letter states it — a regular year, or a first or long one */
#pragma once

#include <glib.h>

#include "lt-affaire.h"

G_BEGIN_DECLS

#define LT_EXERCICE_MAX_MONTHS 24

/* The length in whole months of the exercice from @start_iso to @end_iso
 * (both days included: 01/07/2025 → 31/12/2026 is 18), rounded to the
 * nearest month. FALSE when a date is not one or the end is not after the
 * start. */
gboolean  lt_exercice_months       (const char  *start_iso,
                                    const char  *end_iso,
                                    guint       *months);

/* « douze », « dix-huit »… for 1 to LT_EXERCICE_MAX_MONTHS; the number in
 * figures beyond. (transfer full) */
char     *lt_exercice_months_words (guint        months);

/* The exact length from @start_iso to @end_iso (both included), in
 * French words: « dix-huit mois », « trois mois et quinze jours »; NULL
 * when the dates make no period. (transfer full) */
char     *lt_exercice_length_words (const char  *start_iso,
                                    const char  *end_iso);

/* The affaire's current exercice, when given: both dates or neither, the
 * end after the start, at most LT_EXERCICE_MAX_MONTHS months, and the end
 * on the date de clôture (fiscal_year_end). LT_ERROR_EXERCICE_INVALID
 * with what to change otherwise. */
gboolean  lt_exercice_validate     (LtAffaire   *affaire,
                                    GError     **error);

G_END_DECLS
