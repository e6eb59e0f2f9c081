/* lt-money.h: amounts in cents and coefficients in parts per million */
#pragma once

#include <glib.h>

#include "lt-enums.h"

G_BEGIN_DECLS

#define LT_COEFFICIENT_ONE G_GINT64_CONSTANT (1000000)

/* The largest amount lt_money_parse () accepts, either sign: 1 000 000 000,00 €.
 * Far above any fee, far below what sums of gint64 cents can hold. */
#define LT_MONEY_MAX_CENTS G_GINT64_CONSTANT (100000000000)

char     *lt_money_format            (gint64       cents);
char     *lt_money_format_number     (gint64       cents);
gboolean  lt_money_parse             (const char  *text,
                                      gint64      *cents,
                                      GError     **error);

gboolean  lt_coefficient_parse       (const char  *text,
                                      gint64      *ppm,
                                      GError     **error);
char     *lt_coefficient_format      (gint64       ppm);
gint64    lt_money_apply_coefficient (gint64       cents,
                                      gint64       ppm,
                                      LtRounding   rounding);

G_END_DECLS
