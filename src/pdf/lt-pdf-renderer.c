/* lt-pdf-renderer.c: a document of an affaire rendered as a PDF */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-pdf-renderer"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-error.h"
#include "lt-pdf-layout.h"
#include "lt-pdf-markup.h"
#include "lt-pdf-renderer.h"
#include "lt-pdf-template.h"

static char *
escape (const char *text)
{
  return g_markup_escape_text (text ? text : "", -1);
}

static gboolean
has_text (const char *text)
{
  return text != NULL && *text != '\0';
}

/* Splits "A|B|C" into at least @n cells (missing ones empty). */
static GStrv
split_labels (const char *args,
              guint       n)
{
  g_auto(GStrv) parts = g_strsplit (args, "|", -1);
  GStrv cells = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    cells[i] = g_strdup (parts[i] && i < g_strv_length (parts) ? g_strstrip (parts[i]) : "");

  return cells;
}

/* HT, TVA, TTC; for a consumer TTC first, then the TVA it includes and
 * the HT amount. */
static void
add_amount_rows (LtPdfTable     *table,
                 const char     *ht_label,
                 const char     *ttc_label,
                 const char     *per,
                 const LtAmount *amount,
                 gboolean        ttc_first)
{
  g_autofree char *ht = lt_pdf_format_money (amount->ht);
  g_autofree char *tva = lt_pdf_format_money (amount->tva);
  g_autofree char *ttc = lt_pdf_format_money (amount->ttc);
  const char *ht_row[] = { ht_label, per, ht, NULL };
  const char *tva_row[] = { ttc_first ? "dont TVA 20\u00a0%" : "TVA 20\u00a0%", per, tva, NULL };
  const char *ttc_row[] = { ttc_label, per, ttc, NULL };

  lt_pdf_table_add_row (table, LT_PDF_ROW_TOTAL, ttc_first ? ttc_row : ht_row);
  lt_pdf_table_add_row (table, LT_PDF_ROW_NORMAL, tva_row);
  lt_pdf_table_add_row (table, ttc_first ? LT_PDF_ROW_NORMAL : LT_PDF_ROW_TOTAL, ttc_first ? ht_row : ttc_row);
}

/* Totals by periodicity, never one sum of monthly, yearly and one-off fees:
 * each recurring periodicity with its échéance and its annual figure, the
 * recurring fees per year, the one-off fees apart; each HT, TVA, TTC. */
static void
add_honoraires_totals (LtPdfTable         *table,
                       const LtHonoraires *honoraires,
                       gboolean            ttc_first)
{
  static const struct { LtRecurrence recurrence; const char *label; guint times; } periods[] = {
    { LT_RECURRENCE_MONTHLY,   "Honoraires mensuels",     12 },
    { LT_RECURRENCE_QUARTERLY, "Honoraires trimestriels", 4 },
    { LT_RECURRENCE_YEARLY,    "Honoraires annuels",      1 },
  };

  /* « Honoraires mensuels (échéance 384,00 € TTC) | 320,00 € × 12 | 3 840,00 € » */
  for (guint i = 0; i < G_N_ELEMENTS (periods); i++)
    {
      const LtAmount *instalment = &honoraires->instalment[periods[i].recurrence];
      g_autofree char *ht = NULL;
      g_autofree char *ttc = NULL;
      g_autofree char *label = NULL;
      g_autofree char *times = NULL;
      g_autofree char *annual = NULL;
      const char *row[4];

      if (honoraires->n_lines[periods[i].recurrence] == 0)
        continue;
      ht = lt_pdf_format_money (instalment->ht);
      ttc = lt_pdf_format_money (instalment->ttc);
      if (ttc_first)
        {
          /* « Honoraires mensuels TTC (soit 320,00 € HT par échéance) | 384,00 € × 12 | 4 608,00 € » */
          label = g_strdup_printf ("%s TTC (soit %s HT par échéance)", periods[i].label, ht);
          times = g_strdup_printf ("%s × %u", ttc, periods[i].times);
          annual = lt_pdf_format_money (honoraires->annual[periods[i].recurrence].ttc);
        }
      else
        {
          label = g_strdup_printf ("%s (échéance\u00a0: %s TTC)", periods[i].label, ttc);
          times = g_strdup_printf ("%s × %u", ht, periods[i].times);
          annual = lt_pdf_format_money (honoraires->annual[periods[i].recurrence].ht);
        }
      row[0] = label;
      row[1] = times;
      row[2] = annual;
      row[3] = NULL;
      lt_pdf_table_add_row (table, LT_PDF_ROW_NORMAL, row);
    }

  if (honoraires->n_lines[LT_RECURRENCE_MONTHLY] + honoraires->n_lines[LT_RECURRENCE_QUARTERLY] +
      honoraires->n_lines[LT_RECURRENCE_YEARLY] > 0)
    add_amount_rows (table, "Honoraires récurrents HT", "Honoraires récurrents TTC", "par an", &honoraires->recurring, ttc_first);
  if (honoraires->n_lines[LT_RECURRENCE_NONE] > 0)
    add_amount_rows (table, "Honoraires ponctuels HT", "Honoraires ponctuels TTC", "", &honoraires->one_off, ttc_first);
}

static void
add_honoraires (LtPdfLayout             *layout,
                const LtDocumentContent *content,
                const char              *args)
{
  static const double widths[] = { 0.58, 0.19, 0.23 };
  static const LtPdfAlign aligns[] = { LT_PDF_ALIGN_LEFT, LT_PDF_ALIGN_LEFT, LT_PDF_ALIGN_RIGHT };
  g_auto(GStrv) labels = split_labels (args, 3);
  LtPdfTable *table = lt_pdf_layout_add_table (layout, 3, widths, aligns);
  LtHonoraires honoraires;
  gboolean ttc_first = lt_affaire_get_consumer (content->affaire);

  lt_pdf_table_add_row (table, LT_PDF_ROW_HEADER, (const char * const *) labels);

  g_autoptr(GPtrArray) counted = g_ptr_array_new ();

  for (guint i = 0; i < content->lines->len; i++)
    {
      LtDocumentLine *line = g_ptr_array_index (content->lines, i);
      LtDocumentLine *previous = content->previous != NULL && i < content->previous->len
                                 ? g_ptr_array_index (content->previous, i) : NULL;
      const char *ends_on = lt_document_line_get_ends_on (line);
      g_autofree char *label = escape (lt_document_line_get_label (line));
      gint64 cents = lt_document_line_get_price_cents (line);
      g_autofree char *price = lt_pdf_format_money (ttc_first ? lt_amount_from_ht (cents).ttc : cents);
      g_autofree char *rhythm = g_strdup (lt_pdf_recurrence_words (lt_document_line_get_recurrence (line)));
      const char *cells[] = { label, NULL, NULL, NULL };

      /* an avenant shows what it changes: « ancien → nouveau », or the end */
      if (ends_on != NULL && *ends_on != '\0')
        {
          g_autofree char *date = lt_pdf_format_date (ends_on);

          g_free (price);
          price = g_strdup_printf ("fin au %s", date);
        }
      else
        {
          g_ptr_array_add (counted, line);
          if (previous != NULL)
            {
              gint64 old_cents = lt_document_line_get_price_cents (previous);
              g_autofree char *old = lt_pdf_format_money (ttc_first ? lt_amount_from_ht (old_cents).ttc : old_cents);
              char *both = g_strdup_printf ("%s → %s", old, price);

              g_free (price);
              price = both;
              if (lt_document_line_get_recurrence (previous) != lt_document_line_get_recurrence (line))
                {
                  both = g_strdup_printf ("%s → %s", lt_pdf_recurrence_words (lt_document_line_get_recurrence (previous)), rhythm);
                  g_free (rhythm);
                  rhythm = both;
                }
            }
        }
      cells[1] = rhythm;
      cells[2] = price;
      lt_pdf_table_add_row (table, LT_PDF_ROW_NORMAL, cells);
    }

  lt_honoraires_compute (counted, &honoraires);
  add_honoraires_totals (table, &honoraires, ttc_first);
}

/* The annex « répartition des obligations »: each step of the chosen
 * prestations, the cabinet's in its words, the client's in the client's
 * (« Transmettre les statuts »), with the délai announced (issue 12). The
 * labels: task | prestation | who | cabinet | client [| délai]. */
static void
add_obligations (LtPdfLayout             *layout,
                 const LtDocumentContent *content,
                 const char              *args)
{
  static const double widths[] = { 0.40, 0.25, 0.18, 0.17 };
  g_auto(GStrv) labels = split_labels (args, 6);
  const char *header[] = { labels[0], labels[1], *labels[5] != '\0' ? labels[5] : "Délai", labels[2], NULL };
  LtPdfTable *table = lt_pdf_layout_add_table (layout, 4, widths, NULL);

  lt_pdf_table_add_row (table, LT_PDF_ROW_HEADER, header);

  /* the cabinet's tâches first, then what the client provides */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < content->obligations->len; i++)
      {
        LtObligation *obligation = g_ptr_array_index (content->obligations, i);
        gboolean is_task = obligation->kind == LT_STEP_KIND_TASK;
        g_autofree char *title = NULL;
        g_autofree char *prestation = NULL;
        g_autofree char *delay = NULL;
        const char *cells[5];

        if (is_task != (pass == 0))
          continue;

        title = escape (is_task || obligation->client_title == NULL ? obligation->title : obligation->client_title);
        prestation = escape (obligation->prestation);
        delay = obligation->delay_days >= 0
                ? g_strdup_printf (obligation->delay_days == 1 ? "%d\u00a0jour ouvré" : "%d\u00a0jours ouvrés",
                                   obligation->delay_days)
                : g_strdup ("—");
        cells[0] = title;
        cells[1] = prestation;
        cells[2] = delay;
        cells[3] = is_task ? labels[3] : labels[4];
        cells[4] = NULL;
        lt_pdf_table_add_row (table, LT_PDF_ROW_NORMAL, cells);
      }
}

/* The conditions générales as the cabinet typed them: paragraphs apart by
 * blank lines, a line starting with "- " a bullet. */
static void
add_terms_body (LtPdfLayout             *layout,
                const LtDocumentContent *content)
{
  g_auto(GStrv) paragraphs = NULL;
  const char *body;

  if (content->terms == NULL || !has_text (lt_terms_get_body (content->terms)))
    return;

  body = lt_terms_get_body (content->terms);
  paragraphs = g_regex_split_simple ("\\n[ \\t]*\\n", body, 0, 0);

  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_auto(GStrv) lines = g_strsplit (paragraphs[i], "\n", -1);
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint j = 0; lines[j] != NULL; j++)
        {
          char *line = g_strstrip (lines[j]);
          g_autofree char *escaped = NULL;

          if (*line == '\0')
            continue;
          escaped = escape (g_str_has_prefix (line, "- ") ? line + 2 : line);
          if (g_str_has_prefix (line, "- "))
            {
              if (text->len > 0)
                lt_pdf_layout_add_paragraph (layout, text->str, LT_PDF_ALIGN_JUSTIFY);
              g_string_truncate (text, 0);
              lt_pdf_layout_add_bullet (layout, escaped);
              continue;
            }
          if (text->len > 0)
            g_string_append_c (text, ' ');
          g_string_append (text, escaped);
        }

      if (text->len > 0)
        lt_pdf_layout_add_paragraph (layout, text->str, LT_PDF_ALIGN_JUSTIFY);
    }
}

static gboolean
directive_cb (LtPdfLayout  *layout,
              const char   *name,
              const char   *args,
              gpointer      user_data,
              GError      **error)
{
  const LtDocumentContent *content = user_data;

  if (g_str_equal (name, "honoraires"))
    add_honoraires (layout, content, args);
  else if (g_str_equal (name, "obligations"))
    add_obligations (layout, content, args);
  else if (g_str_equal (name, "terms-body"))
    add_terms_body (layout, content);
  else
    {
      g_set_error (error, LT_ERROR, LT_ERROR_RENDER,
                   _("The letter template uses an unknown instruction « @%s »: correct the template."),
                   name);
      return FALSE;
    }

  return TRUE;
}

static void
set_letterhead (LtPdfLayout             *layout,
                const LtDocumentContent *content)
{
  LtFirm *firm = content->firm;
  g_autoptr(GString) left = g_string_new (NULL);
  g_autoptr(GString) right = g_string_new (NULL);
  g_autoptr(GString) footer = g_string_new (NULL);
  g_autofree char *name = escape (lt_firm_get_name (firm));
  g_autofree char *client = escape (lt_affaire_get_name (content->affaire));
  g_autofree char *head_right = NULL;
  g_autofree char *rcs_words = lt_pdf_firm_rcs_words (firm);
  g_autofree char *ordre_words = lt_pdf_firm_ordre_words (firm);
  g_autofree char *insurance_words = lt_pdf_firm_insurance_words (firm);

#define APPEND(str, fmt, value) \
  G_STMT_START { \
    if (has_text (value)) \
      { \
        g_autofree char *escaped_ = escape (value); \
        if ((str)->len > 0) \
          g_string_append_c (str, '\n'); \
        g_string_append_printf (str, fmt, escaped_); \
      } \
  } G_STMT_END

  APPEND (left, "%s", lt_firm_get_legal_form (firm));
  APPEND (left, "%s", lt_firm_get_address (firm));
  if (has_text (lt_firm_get_postal_code (firm)) || has_text (lt_firm_get_city (firm)))
    {
      g_autofree char *town = g_strdup_printf ("%s %s", lt_firm_get_postal_code (firm), lt_firm_get_city (firm));

      APPEND (left, "%s", g_strstrip (town));
    }
  APPEND (left, "Tél. %s", lt_firm_get_phone (firm));
  APPEND (left, "%s", lt_firm_get_email (firm));

  APPEND (right, "Inscrit au tableau de l’Ordre des experts-comptables, %s", ordre_words);
  APPEND (right, "RCS %s", rcs_words);
  APPEND (right, "SIREN %s", lt_firm_get_siren (firm));
  APPEND (right, "TVA intracommunautaire %s", lt_firm_get_vat_number (firm));
  APPEND (right, "Assurance responsabilité civile professionnelle\u00a0: %s", insurance_words);

  g_string_append (footer, name);
  if (has_text (lt_firm_get_legal_form (firm)))
    {
      g_autofree char *form = escape (lt_firm_get_legal_form (firm));
      g_string_append_printf (footer, ", %s", form);
    }
  if (has_text (rcs_words))
    {
      g_autofree char *rcs = escape (rcs_words);
      g_string_append_printf (footer, " · RCS %s", rcs);
    }
  if (has_text (ordre_words))
    {
      g_autofree char *ordre = escape (ordre_words);
      g_string_append_printf (footer, " · Ordre des experts-comptables, %s", ordre);
    }

#undef APPEND

  lt_pdf_layout_set_letterhead (layout, name, left->str, right->str);
  head_right = g_strdup_printf ("%s — %s", lt_pdf_kind_words (lt_document_get_kind (content->document)), client);
  lt_pdf_layout_set_running_head (layout, name, head_right);
  lt_pdf_layout_set_footer (layout, footer->str);
}

static void
set_metadata (LtPdfLayout             *layout,
              const LtDocumentContent *content)
{
  const char *kind = lt_pdf_kind_words (lt_document_get_kind (content->document));
  const char *client = lt_affaire_get_name (content->affaire);
  const char *title = lt_document_get_title (content->document);
  g_autofree char *full_title = NULL;
  g_autofree char *subject = NULL;
  g_autoptr(GDateTime) created = NULL;
  const char *created_at = lt_document_get_created_at (content->document);

  if (has_text (title))
    full_title = g_strdup_printf ("%s — %s", title, client);
  else
    full_title = g_strdup_printf ("%s — %s", kind, client);
  subject = g_strdup_printf ("%s entre %s et %s", kind, lt_firm_get_name (content->firm), client);

  if (has_text (created_at))
    created = g_date_time_new_from_iso8601 (created_at, NULL);
  if (created == NULL && has_text (created_at))
    {
      g_autofree char *midnight = g_strdup_printf ("%.10sT00:00:00Z", created_at);
      created = g_date_time_new_from_iso8601 (midnight, NULL);
    }

  lt_pdf_layout_set_metadata (layout, full_title, lt_firm_get_name (content->firm), subject,
                              "lettre de mission, expert-comptable, honoraires", created);
}

GBytes *
lt_pdf_render_document (const LtDocumentContent  *content,
                        guint                    *n_pages,
                        GError                  **error)
{
  g_autoptr(LtPdfLayout) layout = NULL;
  g_autofree char *text = NULL;
  GBytes *bytes;

  g_return_val_if_fail (content != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  text = lt_pdf_template_expand (content, error);
  if (text == NULL)
    return NULL;

  layout = lt_pdf_layout_new ();
  set_letterhead (layout, content);
  set_metadata (layout, content);
  /* not sent yet: a draft, marked as such on every page */
  if (lt_document_get_state (content->document) == LT_DOCUMENT_STATE_DRAFT)
    lt_pdf_layout_set_watermark (layout, "PROJET");

  if (!lt_pdf_markup_parse (layout, text, directive_cb, (gpointer) content, error))
    return NULL;

  bytes = lt_pdf_layout_render (layout, error);
  if (bytes != NULL && n_pages != NULL)
    *n_pages = lt_pdf_layout_get_n_pages (layout);

  return bytes;
}
