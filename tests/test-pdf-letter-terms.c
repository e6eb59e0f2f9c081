/* test-pdf-letter-terms.c: what a lettre de mission says, read back from its PDF — penalties, honoraires, LCB-FT */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <poppler.h>
#include <string.h>

#include <glib/gstdio.h>

#include "lt-document-checker.h"
#include "lt-document-rules.h"
#include "lt-pdf-renderer.h"
#include "lt-pdf-template.h"
#include "lt-store-affaires.h"
#include "lt-store-demo.h"
#include "lt-store-pdf.h"
#include "pdf-fixtures.h"
#include "pdf-text-fixtures.h"

/* @text with every run of blanks (no-break spaces too) made one space, or
 * removed when @squeeze (Poppler joins a table's cells without spaces). */
static char *
collapse (const char *text,
          gboolean    squeeze)
{
  g_autofree char *composed = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean blank = FALSE;

  for (const char *p = composed; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F)
        {
          blank = TRUE;
          continue;
        }
      if (blank && out->len > 0 && !squeeze)
        g_string_append_c (out, ' ');
      blank = FALSE;
      g_string_append_unichar (out, c);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The PDF's text, pages joined; ligatures spelled out. */
static char *
pdf_text (const LtDocumentContent *content,
          gboolean                 squeeze)
{
  g_autofree char *all = pdf_fixture_content_text (content);

  return collapse (all, squeeze);
}

static int
compare_glyphs (gconstpointer a,
                gconstpointer b)
{
  const double *ga = a, *gb = b;

  if (fabs (ga[0] - gb[0]) > 1.5)
    return ga[0] < gb[0] ? -1 : 1;
  return ga[1] < gb[1] ? -1 : ga[1] > gb[1];
}

/* The PDF's visual lines, top to bottom, each read left to right without
 * blanks: Poppler's own order may read a short table column by column. */
static char *
pdf_rows (const LtDocumentContent *content)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = lt_pdf_render_document (content, NULL, &error);
  g_autoptr(GString) all = g_string_new (NULL);
  PopplerDocument *document;

  g_assert_no_error (error);
  document = poppler_document_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);

  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      g_autofree char *text = poppler_page_get_text (page);
      PopplerRectangle *rects = NULL;
      guint n_rects = 0;
      g_autoptr(GArray) glyphs = g_array_new (FALSE, FALSE, sizeof (double) * 3);
      const char *p = text;

      g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));
      for (guint j = 0; j < n_rects && *p; j++, p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);
          double glyph[3];

          if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F)
            continue;
          glyph[0] = round (rects[j].y2);   /* baseline-ish, to the point */
          glyph[1] = rects[j].x1;
          glyph[2] = c;
          g_array_append_vals (glyphs, glyph, 1);
        }
      g_free (rects);
      g_array_sort (glyphs, compare_glyphs);
      for (guint j = 0; j < glyphs->len; j++)
        {
          const double *glyph = &g_array_index (glyphs, double, j * 3);

          if (j > 0 && glyph[0] - g_array_index (glyphs, double, (j - 1) * 3) > 1.5)
            g_string_append_c (all, '\n');
          g_string_append_unichar (all, (gunichar) glyph[2]);
        }
      g_string_append_c (all, '\n');
      g_object_unref (page);
    }
  g_object_unref (document);

  return collapse (all->str, TRUE);
}

static void
assert_contains (const char *text,
                 const char *needle,
                 gboolean    squeeze)
{
  g_autofree char *wanted = collapse (needle, squeeze);

  if (strstr (text, wanted) == NULL)
    g_error ("« %s » not found in the PDF text:\n%s", wanted, text);
}

static void
assert_absent (const char *text,
               const char *needle)
{
  g_autofree char *unwanted = collapse (needle, FALSE);

  if (strstr (text, unwanted) != NULL)
    g_error ("« %s » must not be in the PDF text:\n%s", unwanted, text);
}

/* C. com. L441-10 II: no less than three times the taux d'intérêt légal;
 * the 40 € indemnity is a professional client's. */
static void
test_late_payment_penalties (void)
{
  g_autoptr(LtDocumentContent) content = fixture_content (LT_DOCUMENT_KIND_LETTRE_DE_MISSION, 4);
  g_autofree char *text = pdf_text (content, FALSE);

  assert_absent (text, "majoré de trois points");
  assert_contains (text, "pénalités de retard au taux de trois fois le taux d’intérêt légal "
                         "(article L. 441-10 II du Code de commerce)", FALSE);
  assert_contains (text, "Le client professionnel est en outre redevable de plein droit d’une indemnité "
                         "forfaitaire pour frais de recouvrement de 40 € (articles L. 441-10 II et D. 441-5 "
                         "du Code de commerce)", FALSE);
}

/* The fixture's lines: 320 € monthly, 1 800 € yearly, 90 € quarterly and
 * 450 € one-off. Printed: each periodicity's échéance and annual figure,
 * 6 000 € HT a year of recurring fees, 450 € one-off apart, never one sum. */
static void
test_honoraires_by_periodicity (void)
{
  g_autoptr(LtDocumentContent) content = fixture_content (LT_DOCUMENT_KIND_LETTRE_DE_MISSION, 4);
  g_autofree char *table = pdf_rows (content);
  g_autofree char *text = pdf_text (content, FALSE);
  static const char * const rows[] = {
    "Honoraires mensuels (échéance : 384,00 € TTC) 320,00 € × 12 3 840,00 €",
    "Honoraires trimestriels (échéance : 108,00 € TTC) 90,00 € × 4 360,00 €",
    "Honoraires annuels (échéance : 2 160,00 € TTC) 1 800,00 € × 1 1 800,00 €",
    "Honoraires récurrents HT par an 6 000,00 €",
    "TVA 20 % par an 1 200,00 €",
    "Honoraires récurrents TTC par an 7 200,00 €",
    "Honoraires ponctuels HT 450,00 €",
    "TVA 20 % 90,00 €",
    "Honoraires ponctuels TTC 540,00 €",
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    assert_contains (table, rows[i], TRUE);
  /* the old meaningless sum of 320 + 1 800 + 90 + 450 */
  assert_absent (text, "Total HT");
  assert_absent (text, "2 660,00");

  assert_contains (text, "Les prestations récurrentes représentent un montant annuel de 6 000,00 € HT, "
                         "soit 7 200,00 € TTC", FALSE);
  assert_contains (text, "Les prestations ponctuelles, d’un montant de 450,00 € HT, soit 540,00 € TTC, "
                         "sont facturées à leur achèvement.", FALSE);
}

/* A bon d'intervention is one-off only: no recurring figure at all. */
static void
test_honoraires_one_off_only (void)
{
  g_autoptr(LtDocumentContent) content = fixture_content (LT_DOCUMENT_KIND_BON_D_INTERVENTION, 4);
  g_autofree char *table = NULL;

  /* keep only the one-off line */
  for (guint i = content->lines->len; i-- > 0;)
    if (lt_document_line_get_recurrence (g_ptr_array_index (content->lines, i)) != LT_RECURRENCE_NONE)
      g_ptr_array_remove_index (content->lines, i);
  g_assert_cmpuint (content->lines->len, ==, 1);

  table = pdf_rows (content);
  assert_contains (table, "Honoraires ponctuels HT 450,00 €", TRUE);
  assert_contains (table, "Honoraires ponctuels TTC 540,00 €", TRUE);
  g_assert_null (strstr (table, "récurrents"));
}

/* LCB-FT: the letter says the client is identified, never the vigilance
 * level the cabinet retained (whatever it is). */
static void
test_vigilance_not_told (void)
{
  for (int v = LT_VIGILANCE_SIMPLIFIED; v <= LT_VIGILANCE_REINFORCED; v++)
    {
      g_autoptr(LtDocumentContent) content = fixture_content (LT_DOCUMENT_KIND_LETTRE_DE_MISSION, 4);
      g_autofree char *text = NULL;

      lt_affaire_set_vigilance (content->affaire, v);
      text = pdf_text (content, FALSE);
      assert_contains (text, "cette identification a été réalisée le 20 février 2026", FALSE);
      assert_contains (text, "le bénéficiaire effectif déclaré étant Jean Dupont (100 %)", FALSE);
      assert_absent (text, "vigilance retenu");
      assert_absent (text, "niveau de vigilance");
      assert_absent (text, "renforcée");
      assert_absent (text, "simplifiée");
      /* « vigilance constante » is the cabinet's duty, told to every client */
      assert_contains (text, "Le cabinet exerce une vigilance constante", FALSE);
    }
}

/* The demo cabinet passes the stricter gate: every client is identified
 * with a date, by someone, with its bénéficiaire effectif; its letter
 * tells no vigilance level. */
static void
test_demo_passes_the_gate (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("lettrine-letter-terms-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autoptr(LtStore) store = lt_store_open (path, &error);
  g_autoptr(GListModel) clients = NULL;
  g_autoptr(LtDocumentContent) content = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_true (lt_store_load_demo (store, &error));
  g_assert_no_error (error);

  clients = lt_store_list_affaires (store, NULL, LT_AFFAIRE_STATE_CLIENT, 0);
  g_assert_cmpuint (g_list_model_get_n_items (clients), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (clients); i++)
    {
      g_autoptr(LtAffaire) affaire = g_list_model_get_item (clients, i);

      if (!lt_document_rules_check_lcbft (affaire, LT_DOCUMENT_KIND_LETTRE_DE_MISSION, &error))
        g_error ("demo client « %s »: %s", lt_affaire_get_name (affaire), error->message);
    }

  content = lt_store_get_document_content (store, 1, &error);
  g_assert_no_error (error);
  text = pdf_text (content, FALSE);
  assert_contains (text, "cette identification a été réalisée le", FALSE);
  assert_absent (text, "niveau de vigilance");

  g_clear_object (&store);
  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (dir);
}

/* issue 12, consumer clients: the fixture's client made a consumer (an SCI
 * familiale without SIREN), the cabinet's médiateur named. */
static LtDocumentContent *
consumer_content (LtDocumentKind kind)
{
  LtDocumentContent *content = fixture_content (kind, 4);

  lt_affaire_set_consumer (content->affaire, TRUE);
  lt_affaire_set_siren (content->affaire, NULL);
  lt_firm_set_mediator_name (content->firm, "CNPM Médiation Consommation");
  lt_firm_set_mediator_address (content->firm, "27 avenue de la Libération, 42400 Saint-Chamond");
  lt_firm_set_mediator_website (content->firm, "www.cnpm-mediation-consommation.eu");

  return content;
}

/* TTC first, the L215-1 reminder, the médiateur with its coordinates; no
 * reduced prescription (L218-1), no jurisdiction clause (art. 48 CPC), no
 * 40 € indemnity, no SIREN blank. */
static void
test_consumer_letter (void)
{
  g_autoptr(LtDocumentContent) content = consumer_content (LT_DOCUMENT_KIND_LETTRE_DE_MISSION);
  g_autoptr(GPtrArray) missing = lt_document_checker_check (content);
  g_autofree char *table = pdf_rows (content);
  g_autofree char *text = pdf_text (content, FALSE);
  static const char * const rows[] = {
    "Prestation Périodicité Honoraires TTC",
    "Tenue de la comptabilité Mensuelle 384,00 €",
    "Reprise du dossier et lettre au confrère Ponctuelle 540,00 €",
    "Honoraires mensuels TTC (soit 320,00 € HT par échéance) 384,00 € × 12 4 608,00 €",
    "Honoraires récurrents TTC par an 7 200,00 €",
    "dont TVA 20 % par an 1 200,00 €",
    "Honoraires récurrents HT par an 6 000,00 €",
    "Honoraires ponctuels TTC 540,00 €",
  };

  g_assert_cmpuint (missing->len, ==, 0);   /* no SIREN needed */
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    assert_contains (table, rows[i], TRUE);
  assert_absent (table, "Honoraires HT");

  assert_contains (text, "Ils sont indiqués toutes taxes comprises, TVA au taux de 20 % incluse", FALSE);
  assert_contains (text, "un montant annuel de 7 200,00 € TTC, soit 6 000,00 € HT", FALSE);
  assert_contains (text, "Conformément à l’article L. 215-1 du Code de la consommation, le cabinet vous informe par écrit, "
                         "par lettre nominative ou courrier électronique dédiés, au plus tôt trois mois et au plus tard "
                         "un mois avant le terme de la période autorisant le rejet de la reconduction, de la possibilité "
                         "de ne pas reconduire la mission", FALSE);
  assert_contains (text, "date limite de non-reconduction", FALSE);
  assert_contains (text, "vous pouvez mettre gratuitement un terme à la mission à tout moment à compter de la date de reconduction", FALSE);
  /* (a page break may fall in the sentence: its running footer between) */
  assert_contains (text, "vous pouvez recourir gratuitement au médiateur de la consommation dont relève le cabinet", FALSE);
  assert_contains (text, "Code de la consommation) : CNPM Médiation Consommation, 27 avenue de la Libération, "
                         "42400 Saint-Chamond, site internet : www.cnpm-mediation-consommation.eu", FALSE);
  assert_contains (text, "vous conservez le droit de saisir à tout moment la juridiction compétente", FALSE);
  assert_contains (text, "intérêt légal à compter de la mise en demeure (article 1231-6 du Code civil)", FALSE);

  assert_absent (text, "40 €");
  assert_absent (text, "indemnité forfaitaire");
  assert_absent (text, "L. 441-10");
  assert_absent (text, "délai d’un an à compter de la connaissance du dommage");
  assert_absent (text, "tribunal compétent du ressort du siège du cabinet");
  assert_absent (text, "s’engagent, avant toute action en justice");
  assert_absent (text, "SIREN à compléter");
  assert_absent (text, "SIREN :");
}

/* The professional's letter keeps what the consumer's drops, and says
 * nothing of L215-1 or of a médiateur. */
static void
test_professional_letter (void)
{
  g_autoptr(LtDocumentContent) content = fixture_content (LT_DOCUMENT_KIND_LETTRE_DE_MISSION, 4);
  g_autofree char *table = pdf_rows (content);
  g_autofree char *text = pdf_text (content, FALSE);

  assert_contains (table, "Prestation Périodicité Honoraires HT", TRUE);
  assert_contains (table, "Tenue de la comptabilité Mensuelle 320,00 €", TRUE);
  assert_contains (text, "Ils s’entendent hors taxes", FALSE);
  assert_contains (text, "se prescrit dans le délai d’un an à compter de la connaissance du dommage", FALSE);
  assert_contains (text, "tribunal compétent du ressort du siège du cabinet", FALSE);
  assert_contains (text, "SIREN : 552100554", FALSE);
  assert_absent (text, "L. 215-1");
  assert_absent (text, "médiateur");
  assert_absent (text, "toutes taxes comprises");
}

/* The offre, the avenant and the bon of a consumer: TTC first too, the
 * offre names the médiateur (C. consom. L111-1 6°). */
static void
test_consumer_other_kinds (void)
{
  g_autoptr(LtDocumentContent) offre = consumer_content (LT_DOCUMENT_KIND_OFFRE_DE_SERVICE);
  g_autoptr(LtDocumentContent) bon = consumer_content (LT_DOCUMENT_KIND_BON_D_INTERVENTION);
  g_autofree char *offre_text = pdf_text (offre, FALSE);
  g_autofree char *offre_rows = pdf_rows (offre);
  g_autofree char *bon_text = pdf_text (bon, FALSE);

  assert_contains (offre_rows, "Prestation Périodicité Honoraires TTC", TRUE);
  assert_contains (offre_text, "budget annuel de 7 200,00 € TTC (6 000,00 € HT)", FALSE);
  assert_contains (offre_text, "Les montants sont indiqués toutes taxes comprises", FALSE);
  /* (a page break may fall in the sentence: its running footer between) */
  assert_contains (offre_text, "vous pourrez recourir gratuitement au médiateur de la consommation dont relève le", FALSE);
  assert_contains (offre_text, "CNPM Médiation Consommation, 27 avenue de la Libération, 42400 Saint-Chamond, "
                               "site internet : www.cnpm-mediation-consommation.eu", FALSE);
  assert_absent (offre_text, "s’entendent hors taxes");
  assert_absent (bon_text, "SIREN à compléter");
  assert_absent (bon_text, "(SIREN");
}

/* The médiateur is required before sending to a consumer: the checker
 * names it, for every kind; a professional needs none. */
static void
test_consumer_needs_mediator (void)
{
  for (int kind = LT_DOCUMENT_KIND_OFFRE_DE_SERVICE; kind <= LT_DOCUMENT_KIND_BON_D_INTERVENTION; kind++)
    for (guint missing = 0; missing < 2; missing++)
      {
        g_autoptr(LtDocumentContent) content = consumer_content (kind);
        g_autoptr(LtDocumentContent) professional = fixture_content (kind, 4);
        g_autoptr(GPtrArray) items = NULL;
        g_autoptr(GPtrArray) none = NULL;
        g_autoptr(GError) error = NULL;
        LtMissingItem *item;

        if (missing == 0)
          lt_firm_set_mediator_name (content->firm, " ");
        else
          lt_firm_set_mediator_website (content->firm, "");
        items = lt_document_checker_check (content);
        g_assert_cmpuint (items->len, ==, 1);
        item = g_ptr_array_index (items, 0);
        g_assert_cmpint (item->kind, ==, LT_MISSING_FIRM_MEDIATOR);
        g_assert_nonnull (strstr (item->what, "médiateur de la consommation"));
        g_assert_nonnull (strstr (item->fix, "Preferences › Cabinet"));
        g_assert_false (lt_document_checker_validate (content, &error));
        g_assert_error (error, LT_ERROR, LT_ERROR_CONTENT_MISSING);

        none = lt_document_checker_check (professional);
        g_assert_cmpuint (none->len, ==, 0);
      }
}

/* issue 12, the norm per mission: each kind of mission with its norm, the
 * NPMQ and the NPLAB; never « la norme de présentation » for every line. */
static void
test_norm_per_mission (void)
{
  static const LtMission missions[] = {
    LT_MISSION_PRESENTATION, LT_MISSION_PRESENTATION, LT_MISSION_TAX, LT_MISSION_ADVISORY,
  };
  g_autoptr(LtDocumentContent) content = fixture_content (LT_DOCUMENT_KIND_LETTRE_DE_MISSION, 4);
  g_autoptr(LtDocumentContent) social = fixture_content (LT_DOCUMENT_KIND_LETTRE_DE_MISSION, 4);
  g_autoptr(LtDocumentContent) review = fixture_content (LT_DOCUMENT_KIND_LETTRE_DE_MISSION, 4);
  g_autofree char *text = NULL;
  g_autofree char *social_text = NULL;
  g_autofree char *review_text = NULL;

  g_array_append_vals (content->missions, missions, G_N_ELEMENTS (missions));
  text = pdf_text (content, FALSE);
  assert_contains (text, "Tenue de la comptabilité, Établissement des comptes annuels et de la liasse fiscale : "
                         "mission de présentation des comptes, conduite selon la norme professionnelle NP 2300", FALSE);
  assert_contains (text, "Déclarations de TVA : mission fiscale, qui ne relève d’aucune norme d’assurance", FALSE);
  assert_contains (text, "Reprise du dossier et lettre au confrère : mission de conseil, qui ne relève d’aucune norme d’assurance", FALSE);
  assert_contains (text, "norme professionnelle de maîtrise de la qualité (NPMQ)", FALSE);
  assert_contains (text, "lutte contre le blanchiment des capitaux et le financement du terrorisme (NPLAB)", FALSE);
  assert_contains (text, "La mission de présentation des comptes n’est pas non plus un examen limité.", FALSE);
  assert_absent (text, "notamment la norme de présentation des comptes annuels");
  assert_absent (text, "NP 2400");

  /* payroll only: no norme d'assurance, no NP 2300, no « audit » disclaimer */
  for (guint i = 0; i < social->lines->len; i++)
    {
      LtMission m = LT_MISSION_SOCIAL;

      g_array_append_val (social->missions, m);
    }
  social_text = pdf_text (social, FALSE);
  /* one kind of mission: one sentence, no list of the lines */
  assert_contains (social_text, "Les prestations retenues relèvent d’une mission sociale, qui ne relève d’aucune norme d’assurance.", FALSE);
  assert_absent (social_text, "Tenue de la comptabilité : mission");
  assert_contains (social_text, "ne comportent ni audit ni examen des comptes", FALSE);
  assert_contains (social_text, "(NPMQ)", FALSE);
  assert_contains (social_text, "(NPLAB)", FALSE);
  assert_absent (social_text, "NP 2300");

  /* an examen limité: NP 2400, and no claim that it is not one */
  for (guint i = 0; i < review->lines->len; i++)
    {
      LtMission m = i == 0 ? LT_MISSION_REVIEW : LT_MISSION_ATTESTATION;

      g_array_append_val (review->missions, m);
    }
  review_text = pdf_text (review, FALSE);
  assert_contains (review_text, "Tenue de la comptabilité : mission d’examen limité des comptes, conduite selon "
                                "la norme professionnelle NP 2400", FALSE);
  assert_contains (review_text, "mission d’attestation particulière, conduite selon la norme professionnelle NP 3100", FALSE);
  assert_absent (review_text, "examen limité. ");
  assert_absent (review_text, "ni un examen limité");
}

/* The store gives each line its prestation's mission: the demo's
 * « Entrée en relation » is conseil, its accounting présentation. */
static void
test_demo_missions (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("lettrine-letter-missions-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autoptr(LtStore) store = lt_store_open (path, &error);
  g_autoptr(LtDocumentContent) content = NULL;
  g_autofree char *text = NULL;
  gboolean seen_advisory = FALSE, seen_presentation = FALSE;

  g_assert_no_error (error);
  g_assert_true (lt_store_load_demo (store, &error));
  content = lt_store_get_document_content (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (content->missions->len, ==, content->lines->len);
  for (guint i = 0; i < content->lines->len; i++)
    {
      const char *label = lt_document_line_get_label (g_ptr_array_index (content->lines, i));
      LtMission mission = lt_document_content_get_mission (content, i);

      if (g_str_equal (label, "Entrée en relation"))
        seen_advisory = mission == LT_MISSION_ADVISORY;
      else
        seen_presentation |= mission == LT_MISSION_PRESENTATION;
    }
  g_assert_true (seen_advisory);
  g_assert_true (seen_presentation);
  text = pdf_text (content, FALSE);
  assert_contains (text, "Entrée en relation : mission de conseil", FALSE);
  assert_contains (text, "conduite selon la norme professionnelle NP 2300", FALSE);

  g_clear_object (&store);
  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (dir);
}

/* issue 12, the parties: who signs in which quality, the dirigeant named
 * once, the elision « d’Élise », never « représentant légal ». */
static void
test_parties (void)
{
  g_autoptr(LtDocumentContent) same = fixture_content (LT_DOCUMENT_KIND_LETTRE_DE_MISSION, 4);
  g_autoptr(LtDocumentContent) other = fixture_content (LT_DOCUMENT_KIND_LETTRE_DE_MISSION, 4);
  g_autoptr(LtDocumentContent) director = fixture_content (LT_DOCUMENT_KIND_OFFRE_DE_SERVICE, 4);
  g_autofree char *same_text = NULL;
  g_autofree char *other_text = NULL;
  g_autofree char *director_text = NULL;

  /* the signataire is the dirigeant: named once */
  lt_contact_set_role (same->signatory, "Gérant");
  same_text = pdf_text (same, FALSE);
  assert_contains (same_text, "À l’attention de Jean Dupont, gérant", FALSE);
  assert_contains (same_text, "Représenté par : Jean Dupont, gérant", FALSE);
  assert_absent (same_text, "dirigeant : Jean Dupont");
  assert_absent (same_text, "Dirigeant : Jean Dupont");

  /* someone else signs: her own role, and the dirigeant in his quality */
  lt_contact_set_name (other->signatory, "Élise Lenoir");
  lt_contact_set_role (other->signatory, "Directrice administrative et financière");
  lt_affaire_set_legal_form (other->affaire, "SAS");
  lt_affaire_set_director (other->affaire, "Thomas Martin");
  other_text = pdf_text (other, FALSE);
  assert_contains (other_text, "À l’attention d’Élise Lenoir, directrice administrative et financière", FALSE);
  assert_contains (other_text, "Représenté par : Élise Lenoir, directrice administrative et financière", FALSE);
  assert_contains (other_text, "Dirigeant : Thomas Martin, président", FALSE);

  /* no contact: the dirigeant signs as the forme juridique names him */
  g_clear_object (&director->signatory);
  director_text = pdf_text (director, FALSE);
  assert_contains (director_text, "À l’attention de Jean Dupont, gérant", FALSE);
  assert_contains (director_text, "Jean Dupont, gérant Date et signature", FALSE);

  assert_absent (same_text, "représentant légal");
  assert_absent (other_text, "représentant légal");
  assert_absent (director_text, "représentant légal");
  assert_absent (director_text, "dirigeant");
}

/* issue 12, the exercice: « douze mois » only for a regular year; a first
 * or long exercice is stated with its dates and its length. */
static void
test_exercice (void)
{
  g_autoptr(LtDocumentContent) regular = fixture_content (LT_DOCUMENT_KIND_LETTRE_DE_MISSION, 4);
  g_autoptr(LtDocumentContent) lng = fixture_content (LT_DOCUMENT_KIND_LETTRE_DE_MISSION, 4);
  g_autoptr(LtDocumentContent) first = fixture_content (LT_DOCUMENT_KIND_LETTRE_DE_MISSION, 4);
  g_autofree char *regular_text = pdf_text (regular, FALSE);
  g_autofree char *long_text = NULL;
  g_autofree char *first_text = NULL;

  assert_contains (regular_text, "L’exercice social est de douze mois et se clôture le 31 décembre de chaque année.", FALSE);

  lt_affaire_set_exercice_start (lng->affaire, "2025-07-01");
  lt_affaire_set_exercice_end (lng->affaire, "2026-12-31");
  long_text = pdf_text (lng, FALSE);
  assert_contains (long_text, "L’exercice en cours s’étend du 1er juillet 2025 au 31 décembre 2026, soit une durée de "
                              "dix-huit mois ; les exercices suivants sont de douze mois et se clôturent le 31 décembre "
                              "de chaque année.", FALSE);
  assert_absent (long_text, "L’exercice social est de douze mois");

  lt_affaire_set_fiscal_year_end (first->affaire, "06-30");
  lt_affaire_set_exercice_start (first->affaire, "2026-03-16");
  lt_affaire_set_exercice_end (first->affaire, "2026-06-30");
  first_text = pdf_text (first, FALSE);
  assert_contains (first_text, "s’étend du 16 mars 2026 au 30 juin 2026, soit une durée de trois mois et quinze jours ;", FALSE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pdf/letter-terms/late-payment-penalties", test_late_payment_penalties);
  g_test_add_func ("/pdf/letter-terms/honoraires-by-periodicity", test_honoraires_by_periodicity);
  g_test_add_func ("/pdf/letter-terms/honoraires-one-off-only", test_honoraires_one_off_only);
  g_test_add_func ("/pdf/letter-terms/vigilance-not-told", test_vigilance_not_told);
  g_test_add_func ("/pdf/letter-terms/demo-passes-the-gate", test_demo_passes_the_gate);
  g_test_add_func ("/pdf/letter-terms/consumer-letter", test_consumer_letter);
  g_test_add_func ("/pdf/letter-terms/professional-letter", test_professional_letter);
  g_test_add_func ("/pdf/letter-terms/consumer-other-kinds", test_consumer_other_kinds);
  g_test_add_func ("/pdf/letter-terms/consumer-needs-mediator", test_consumer_needs_mediator);
  g_test_add_func ("/pdf/letter-terms/norm-per-mission", test_norm_per_mission);
  g_test_add_func ("/pdf/letter-terms/demo-missions", test_demo_missions);
  g_test_add_func ("/pdf/letter-terms/parties", test_parties);
  g_test_add_func ("/pdf/letter-terms/exercice", test_exercice);

  return g_test_run ();
}
