/* lt-pdf-words.c: how the letters write money, dates, periodicities, kinds and the firm's mentions */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-pdf"

#include "config.h"

#include "lt-date.h"
#include "lt-money.h"
#include "lt-pdf-template.h"

/* lt_money_format (), with print's typographic minus sign (U+2212). */
char *
lt_pdf_format_money (gint64 cents)
{
  g_autofree char *text = lt_money_format (cents);

  if (text[0] != '-')
    return g_steal_pointer (&text);
  return g_strconcat ("−", text + 1, NULL);
}

char *
lt_pdf_format_date (const char *iso_date)
{
  GDate date;
  guint day, month;

  if (!lt_date_from_iso (iso_date, &date))
    return g_strdup ("");

  day = g_date_get_day (&date);
  month = g_date_get_month (&date);
  if (day == 1)
    return g_strdup_printf ("1er %s %u", lt_date_month_french (month), g_date_get_year (&date));
  return g_strdup_printf ("%u %s %u", day, lt_date_month_french (month), g_date_get_year (&date));
}

const char *
lt_pdf_recurrence_words (LtRecurrence recurrence)
{
  switch (recurrence)
    {
    case LT_RECURRENCE_MONTHLY:   return "Mensuelle";
    case LT_RECURRENCE_QUARTERLY: return "Trimestrielle";
    case LT_RECURRENCE_YEARLY:    return "Annuelle";
    case LT_RECURRENCE_NONE:
    default:                      return "Ponctuelle";
    }
}

const char *
lt_pdf_kind_words (LtDocumentKind kind)
{
  switch (kind)
    {
    case LT_DOCUMENT_KIND_OFFRE_DE_SERVICE:               return "Offre de service";
    case LT_DOCUMENT_KIND_LETTRE_DE_MISSION:              return "Lettre de mission";
    case LT_DOCUMENT_KIND_AVENANT:                        return "Avenant à la lettre de mission";
    case LT_DOCUMENT_KIND_LETTRE_DE_MISSION_SUBSTITUTIVE: return "Lettre de mission substitutive";
    case LT_DOCUMENT_KIND_BON_D_INTERVENTION:             return "Bon d’intervention";
    default:                                              g_return_val_if_reached ("");
    }
}

static char *
strip_leading (const char *text,
               const char *pattern)
{
  g_autoptr(GRegex) regex = g_regex_new (pattern, G_REGEX_CASELESS, 0, NULL);
  g_autofree char *stripped = g_regex_replace_literal (regex, text ? text : "", -1, 0, "", 0, NULL);

  return g_strstrip (g_strdup (stripped ? stripped : ""));
}

char *
lt_pdf_firm_rcs_words (LtFirm *firm)
{
  return strip_leading (lt_firm_get_rcs (firm), "^\\s*R\\.?\\s*C\\.?\\s*S\\.?\\s*:?\\s*");
}

char *
lt_pdf_firm_ordre_words (LtFirm *firm)
{
  return strip_leading (lt_firm_get_ordre (firm),
                        "^\\s*(expert-comptable\\s+)?(inscrit|inscrite)?\\s*(au\\s+tableau\\s+)?(de\\s+l['’]\\s*)?ordre(\\s+des\\s+experts[- ]comptables)?\\s*[,:]?\\s*");
}

char *
lt_pdf_firm_insurance_words (LtFirm *firm)
{
  return strip_leading (lt_firm_get_insurance (firm),
                        "^\\s*(assurance\\s+)?(de\\s+)?(la\\s+)?responsabilit[ée]\\s+civile\\s+professionnelle\\s*[,:]?\\s*");
}
