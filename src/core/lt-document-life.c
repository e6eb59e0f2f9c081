/* lt-document-life.c: the life of a document — the date it carries, its number, its signature date, its French title */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-document-life"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-date.h"
#include "lt-document-life.h"
#include "lt-error.h"
#include "lt-validate.h"

/* Not translated on purpose: the letter is French in every locale. */
const char *
lt_document_kind_french_title (LtDocumentKind kind)
{
  switch (kind)
    {
    case LT_DOCUMENT_KIND_OFFRE_DE_SERVICE:               return "Offre de service";
    case LT_DOCUMENT_KIND_LETTRE_DE_MISSION:              return "Lettre de mission";
    case LT_DOCUMENT_KIND_AVENANT:                        return "Avenant";
    case LT_DOCUMENT_KIND_LETTRE_DE_MISSION_SUBSTITUTIVE: return "Lettre de mission substitutive";
    case LT_DOCUMENT_KIND_BON_D_INTERVENTION:             return "Bon d’intervention";
    default:                                              break;
    }
  g_return_val_if_reached ("Document");
}

const char *
lt_document_number_prefix (LtDocumentKind kind)
{
  switch (kind)
    {
    case LT_DOCUMENT_KIND_OFFRE_DE_SERVICE:               return "OS";
    case LT_DOCUMENT_KIND_LETTRE_DE_MISSION:              return "LM";
    case LT_DOCUMENT_KIND_AVENANT:                        return "AV";
    case LT_DOCUMENT_KIND_LETTRE_DE_MISSION_SUBSTITUTIVE: return "LMS";
    case LT_DOCUMENT_KIND_BON_D_INTERVENTION:             return "BI";
    default:                                              break;
    }
  g_return_val_if_reached ("DOC");
}

char *
lt_document_format_number (LtDocumentKind kind,
                           guint          year,
                           guint          seq)
{
  g_return_val_if_fail (seq > 0, NULL);

  return g_strdup_printf ("%s-%04u-%04u", lt_document_number_prefix (kind), year, seq);
}

char *
lt_document_letter_date (LtDocument *document,
                         const char *today)
{
  const char *sent_on;

  g_return_val_if_fail (LT_IS_DOCUMENT (document), NULL);

  sent_on = lt_document_get_sent_on (document);
  if (sent_on != NULL && *sent_on != '\0')
    return g_strdup (sent_on);
  return g_strdup (today);
}

gboolean
lt_document_check_sent_on (LtDocument  *document,
                           const char  *sent_on,
                           const char  *today,
                           GError     **error)
{
  g_return_val_if_fail (LT_IS_DOCUMENT (document), FALSE);

  return lt_date_check_iso (sent_on, FALSE, error) &&
         lt_validate_not_future (sent_on, today, _("The sending of a document"), error);
}

gboolean
lt_document_check_signed_on (LtDocument  *document,
                             const char  *signed_on,
                             const char  *today,
                             GError     **error)
{
  g_return_val_if_fail (LT_IS_DOCUMENT (document), FALSE);

  return lt_date_check_iso (signed_on, FALSE, error) &&
         lt_validate_not_future (signed_on, today, _("The client’s signature"), error) &&
         lt_validate_not_before (signed_on, lt_document_get_sent_on (document),
                                 /* Translators: the signature date, then the sending date, DD/MM/YYYY */
                                 _("The document cannot be signed on %s, before it was sent (%s): type the day the client signed it."),
                                 error);
}

char *
lt_document_describe_frozen (LtDocument *document)
{
  const char *number;
  const char *sha256;
  g_autofree char *signed_on = NULL;
  g_autofree char *sent_on = NULL;

  g_return_val_if_fail (LT_IS_DOCUMENT (document), NULL);

  number = lt_document_get_number (document) != NULL ? lt_document_get_number (document) : "—";
  sha256 = lt_document_get_pdf_sha256 (document) != NULL ? lt_document_get_pdf_sha256 (document) : "";
  if (lt_document_get_signed_on (document) != NULL)
    {
      signed_on = lt_date_iso_to_display (lt_document_get_signed_on (document));
      return g_strdup_printf (_("%s — signed on %s — the PDF as sent (SHA-256 %.12s…)"), number, signed_on, sha256);
    }
  sent_on = lt_date_iso_to_display (lt_document_get_sent_on (document));
  return g_strdup_printf (_("%s — sent on %s — the PDF as sent (SHA-256 %.12s…)"), number,
                          sent_on != NULL ? sent_on : "—", sha256);
}
