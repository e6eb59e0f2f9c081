/* test-pdf-render.c: every kind of document rendered and read back with Poppler */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>
#include <poppler.h>
#include <string.h>

#include "lt-pdf-renderer.h"
#include "lt-pdf-template.h"
#include "pdf-fixtures.h"

/* Poppler's text without any blank (spaces, no-break spaces, line breaks):
 * a phrase wrapped across lines, or a table row whose cells Poppler joins
 * without spaces, is still found. */
static char *
normalize (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);
  G_GNUC_UNUSED gboolean blank = FALSE;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F)
        {
          blank = TRUE;
          continue;
        }
      blank = FALSE;
      g_string_append_unichar (out, c);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

typedef struct {
  PopplerDocument *document;
  GPtrArray       *pages;   /* normalized text of each page */
  char            *all;
} Readback;

static void
readback_free (Readback *rb)
{
  g_ptr_array_unref (rb->pages);
  g_free (rb->all);
  g_object_unref (rb->document);
  g_free (rb);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Readback, readback_free)

static Readback *
read_back (GBytes     *bytes,
           const char *save_as)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) all = g_string_new (NULL);
  Readback *rb = g_new0 (Readback, 1);

  if (save_as != NULL)
    {
      g_autofree char *path = g_build_filename (g_getenv ("G_TEST_BUILDDIR") ? g_getenv ("G_TEST_BUILDDIR") : ".",
                                                save_as, NULL);

      g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL);
    }

  rb->document = poppler_document_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  rb->pages = g_ptr_array_new_with_free_func (g_free);

  for (int i = 0; i < poppler_document_get_n_pages (rb->document); i++)
    {
      PopplerPage *page = poppler_document_get_page (rb->document, i);
      g_autofree char *text = poppler_page_get_text (page);
      char *norm = normalize (text);

      g_ptr_array_add (rb->pages, norm);
      g_string_append_printf (all, "%s ", norm);
      g_object_unref (page);
    }
  rb->all = g_string_free (g_steal_pointer (&all), FALSE);

  return rb;
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  g_autofree char *norm = normalize (needle);

  if (strstr (haystack, norm) == NULL)
    g_error ("« %s » not found in the PDF text:\n%s", norm, haystack);
}

static void
assert_a4_and_embedded (PopplerDocument *document)
{
  PopplerFontInfo *info;
  PopplerFontsIter *iter = NULL;
  guint n_fonts = 0;

  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      double width, height;

      poppler_page_get_size (page, &width, &height);
      g_assert_cmpfloat_with_epsilon (width, 595.276, 0.5);
      g_assert_cmpfloat_with_epsilon (height, 841.89, 0.5);
      g_object_unref (page);
    }

  info = poppler_font_info_new (document);
  while (poppler_font_info_scan (info, 20, &iter))
    {
      if (iter == NULL)
        continue;
      do
        {
          if (!poppler_fonts_iter_is_embedded (iter))
            g_error ("font %s is not embedded", poppler_fonts_iter_get_name (iter));
          n_fonts++;
        }
      while (poppler_fonts_iter_next (iter));
      poppler_fonts_iter_free (iter);
      iter = NULL;
    }
  g_object_unref (info);
  g_assert_cmpuint (n_fonts, >, 0);
}

static void
assert_lines_and_totals (Readback                *rb,
                         const LtDocumentContent *content)
{
  LtHonoraires h;
  g_autofree char *ht_text = NULL;
  g_autofree char *tva_text = NULL;
  g_autofree char *ttc_text = NULL;

  assert_contains (rb->all, "Dupont & Fils <SARL>");
  assert_contains (rb->all, "552100554");
  assert_contains (rb->all, "Cabinet Lemoine & Associés");

  for (guint i = 0; i < content->lines->len; i++)
    {
      LtDocumentLine *line = g_ptr_array_index (content->lines, i);
      g_autofree char *price = lt_pdf_format_money (lt_document_line_get_price_cents (line));
      g_autofree char *row = g_strdup_printf ("%s %s %s", lt_document_line_get_label (line),
                                              lt_pdf_recurrence_words (lt_document_line_get_recurrence (line)),
                                              price);

      assert_contains (rb->all, row);
    }

  /* totals by periodicity (issue 12): recurring per year, one-off apart */
  lt_honoraires_compute (content->lines, &h);
  if (h.n_lines[LT_RECURRENCE_MONTHLY] + h.n_lines[LT_RECURRENCE_QUARTERLY] + h.n_lines[LT_RECURRENCE_YEARLY] > 0)
    {
      /* the totals may fall across a page break, where Poppler reads the
       * amounts column apart: labels and amounts each (the rows are read
       * whole in test-pdf-letter-terms) */
      ht_text = lt_pdf_format_money (h.recurring.ht);
      tva_text = lt_pdf_format_money (h.recurring.tva);
      ttc_text = lt_pdf_format_money (h.recurring.ttc);
      assert_contains (rb->all, "Honoraires récurrents HT par an");
      assert_contains (rb->all, "TVA 20 % par an");
      assert_contains (rb->all, "Honoraires récurrents TTC par an");
      assert_contains (rb->all, ht_text);
      assert_contains (rb->all, tva_text);
      assert_contains (rb->all, ttc_text);
      g_clear_pointer (&ht_text, g_free);
      g_clear_pointer (&tva_text, g_free);
      g_clear_pointer (&ttc_text, g_free);
    }
  if (h.n_lines[LT_RECURRENCE_NONE] > 0)
    {
      /* a short table continued on a page may be read column by column:
       * test-pdf-letter-terms reads its rows */
      ht_text = lt_pdf_format_money (h.one_off.ht);
      ttc_text = lt_pdf_format_money (h.one_off.ttc);
      assert_contains (rb->all, "Honoraires ponctuels HT");
      assert_contains (rb->all, "Honoraires ponctuels TTC");
      assert_contains (rb->all, ht_text);
      assert_contains (rb->all, ttc_text);
    }
  g_assert_null (strstr (rb->all, "TotalHT"));
}

static void
test_money_and_dates (void)
{
  g_autofree char *a = lt_pdf_format_money (123456789);
  g_autofree char *b = lt_pdf_format_money (5);
  g_autofree char *c = lt_pdf_format_date ("2026-03-01");
  g_autofree char *d = lt_pdf_format_date ("2026-11-23");

  g_assert_cmpstr (a, ==, "1\u202f234\u202f567,89\u00a0€");
  g_assert_cmpstr (b, ==, "0,05\u00a0€");
  g_assert_cmpstr (c, ==, "1er mars 2026");
  g_assert_cmpstr (d, ==, "23 novembre 2026");
}

static void
test_totals (void)
{
  g_autoptr(LtDocumentContent) content = fixture_content (LT_DOCUMENT_KIND_LETTRE_DE_MISSION, 4);
  gint64 ht, tva, ttc, yearly;

  lt_document_content_get_totals (content, &ht, &tva, &ttc, &yearly);
  g_assert_cmpint (ht, ==, 32000 + 180000 + 9000 + 45000);
  g_assert_cmpint (tva, ==, 53200);
  g_assert_cmpint (ttc, ==, ht + tva);
  /* monthly × 12 + yearly + quarterly × 4; the one-off line is not recurring */
  g_assert_cmpint (yearly, ==, 32000 * 12 + 180000 + 9000 * 4);
}

static void
test_lettre_de_mission (void)
{
  g_autoptr(LtDocumentContent) content = fixture_content (LT_DOCUMENT_KIND_LETTRE_DE_MISSION, 4);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(Readback) rb = NULL;
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;
  static const char * const items[] = {
    "1. Identification du cabinet", "RCS Lyon 732 829 320", "n° 14-000123", "FR40732829320", "MMA IARD",
    "2. Les parties", "Représenté par : Jean Dupont, gérant", "représenté par Claire Lemoine",
    "Collaborateur principal en charge du dossier : Sophie Martin",
    "3. L’entité", "Boulangerie-pâtisserie", "31 décembre",
    "4. Nature, objectif et limites de la mission", "n’est un audit", "(NPLAB)",
    "5. Durée de la mission", "tacite reconduction", "préavis",
    "6. Obligations du cabinet", "secret professionnel",
    "7. Obligations du client",
    "8. Répartition des obligations",
    "9. Honoraires", "révisables",
    "10. Lutte contre le blanchiment", "20 février 2026", "Jean Dupont (100 %)",
    "11. Responsabilité et assurance",
    "12. Données personnelles", "RGPD",
    "13. Litiges", "conciliation",
    "14. Conditions générales, annexes et acceptation", "version CG-2026.1",
    "Fait à Lyon, le 2 mars 2026",
    "Annexe 1 — Répartition des obligations",
    "Saisie des pièces comptables", "Relevés bancaires du mois",
    "Annexe 2 — Conditions générales d’intervention", "Article 2 — Secret professionnel",
    "Lu et approuvé, bon pour accord",
  };
  guint n_pages = 0;

  bytes = lt_pdf_render_document (content, &n_pages, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  g_assert_true (memcmp (g_bytes_get_data (bytes, NULL), "%PDF-", 5) == 0);

  rb = read_back (bytes, "lettre-de-mission.pdf");
  g_assert_cmpint (poppler_document_get_n_pages (rb->document), ==, n_pages);
  g_assert_cmpint (n_pages, >=, 3);
  assert_a4_and_embedded (rb->document);
  assert_lines_and_totals (rb, content);

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    assert_contains (rb->all, items[i]);

  /* the annex: tâches are the cabinet's, demandes the client's */
  /* issue 12: with the délai announced */
  assert_contains (rb->all, "Saisie des pièces comptables Tenue de la comptabilité 10\u00a0jours ouvrés Cabinet");
  assert_contains (rb->all, "Relevés bancaires du mois Tenue de la comptabilité 5\u00a0jours ouvrés Client");

  title = poppler_document_get_title (rb->document);
  author = poppler_document_get_author (rb->document);
  g_assert_cmpstr (title, ==, "Mission de présentation 2026 — Dupont & Fils <SARL>");
  g_assert_cmpstr (author, ==, "Cabinet Lemoine & Associés");
  g_assert_cmpint (poppler_document_get_creation_date (rb->document), >, 0);
}

static void
test_other_kinds (void)
{
  static const struct { LtDocumentKind kind; const char *file; const char *says[4]; } cases[] = {
    { LT_DOCUMENT_KIND_OFFRE_DE_SERVICE, "offre-de-service.pdf",
      { "Offre de service", "Notre proposition", "valable trois mois", NULL } },
    { LT_DOCUMENT_KIND_AVENANT, "avenant.pdf",
      { "Avenant à la lettre de mission", "modifie la lettre de mission « Mission initiale » du 15 janvier 2025", "Prise d’effet", NULL } },
    { LT_DOCUMENT_KIND_LETTRE_DE_MISSION_SUBSTITUTIVE, "lettre-de-mission-substitutive.pdf",
      { "annule et remplace", "Lettre de mission « Mission initiale » du 15 janvier 2025",
        "Avenant à la lettre de mission « Ajout de la paie » du 3 juin 2025", "13. Litiges" } },
    { LT_DOCUMENT_KIND_BON_D_INTERVENTION, "bon-d-intervention.pdf",
      { "Bon d’intervention", "ne modifient pas le périmètre", "Bon pour intervention", NULL } },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(LtDocumentContent) content = fixture_content (cases[c].kind, 4);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(Readback) rb = NULL;
      guint n_pages = 0;

      bytes = lt_pdf_render_document (content, &n_pages, &error);
      g_assert_no_error (error);
      rb = read_back (bytes, cases[c].file);
      g_assert_cmpint (poppler_document_get_n_pages (rb->document), ==, n_pages);
      assert_a4_and_embedded (rb->document);
      assert_lines_and_totals (rb, content);
      for (guint i = 0; i < G_N_ELEMENTS (cases[c].says) && cases[c].says[i]; i++)
        assert_contains (rb->all, cases[c].says[i]);
    }
}

static void
test_long_scope (void)
{
  g_autoptr(LtDocumentContent) content = fixture_content (LT_DOCUMENT_KIND_LETTRE_DE_MISSION, 60);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(Readback) rb = NULL;
  guint n_pages = 0;
  int n;

  bytes = lt_pdf_render_document (content, &n_pages, &error);
  g_assert_no_error (error);
  rb = read_back (bytes, "long-scope.pdf");
  n = poppler_document_get_n_pages (rb->document);
  g_assert_cmpint (n, ==, n_pages);
  g_assert_cmpint (n, >=, 5);

  /* each row whole on exactly one page: its label, recurrence and price together */
  for (guint i = 0; i < content->lines->len; i++)
    {
      LtDocumentLine *line = g_ptr_array_index (content->lines, i);
      g_autofree char *price = lt_pdf_format_money (lt_document_line_get_price_cents (line));
      g_autofree char *row = g_strdup_printf ("%s %s %s", lt_document_line_get_label (line),
                                              lt_pdf_recurrence_words (lt_document_line_get_recurrence (line)),
                                              price);
      g_autofree char *norm = normalize (row);
      g_autofree char *label = normalize (lt_document_line_get_label (line));
      guint found = 0;

      for (guint p = 0; p < rb->pages->len; p++)
        {
          const char *text = g_ptr_array_index (rb->pages, p);

          if (strstr (text, norm) != NULL)
            found++;
          else if (strstr (text, label) != NULL)
            g_error ("row « %s » is split on page %u", label, p + 1);
        }
      g_assert_cmpuint (found, ==, 1);
    }

  /* the table continues on the next page under its header again */
  {
    g_autofree char *column = normalize ("Périodicité");
    g_autofree char *price = normalize ("Honoraires HT");
    g_autofree char *row = normalize ("Prestation numéro");
    guint with_rows = 0;

    for (guint p = 0; p < rb->pages->len; p++)
      {
        const char *text = g_ptr_array_index (rb->pages, p);

        if (strstr (text, row) == NULL)
          continue;
        with_rows++;
        g_assert_nonnull (strstr (text, column));
        g_assert_nonnull (strstr (text, price));
      }
    g_assert_cmpuint (with_rows, >=, 2);
  }

  /* « page N / M » on every page, M the real count */
  for (guint p = 0; p < rb->pages->len; p++)
    {
      g_autofree char *footer = g_strdup_printf ("page %u / %d", p + 1, n);

      assert_contains (g_ptr_array_index (rb->pages, p), footer);
    }

  /* no heading orphaned at the foot of a page: each heading's page also
   * holds the start of its text */
  {
    static const char * const pairs[][2] = {
      { "5. Durée de la mission", "La mission prend effet" },
      { "9. Honoraires", "Les honoraires sont fixés" },
      { "10. Lutte contre le blanchiment", "En application des articles" },
      { "13. Litiges", "En cas de différend" },
      { "Annexe 1 — Répartition des obligations", "Le tableau suivant" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
      {
        g_autofree char *heading = normalize (pairs[i][0]);
        g_autofree char *start = normalize (pairs[i][1]);
        gboolean seen = FALSE;

        for (guint p = 0; p < rb->pages->len; p++)
          if (strstr (g_ptr_array_index (rb->pages, p), heading) != NULL)
            {
              g_assert_nonnull (strstr (g_ptr_array_index (rb->pages, p), start));
              seen = TRUE;
            }
        g_assert_true (seen);
      }
  }

  assert_lines_and_totals (rb, content);
}

static void
test_markup_prints_as_typed (void)
{
  g_autoptr(LtDocumentContent) content = fixture_content (LT_DOCUMENT_KIND_LETTRE_DE_MISSION, 2);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(Readback) rb = NULL;

  lt_document_line_set_label (g_ptr_array_index (content->lines, 0), "Audit <b>légal</b> & « conseil » </span>");
  lt_affaire_set_activity (content->affaire, "Négoce d'objets <i>rares</i> & \"anciens\"\nsur deux lignes");
  lt_affaire_set_director (content->affaire, "@signatures");
  lt_contact_set_role (content->signatory, "# gérant & associé");
  /* values a template puts first on a line must not read as its constructs */
  lt_firm_set_name (content->firm, "# Conseil & Associés");
  lt_affaire_set_name (content->affaire, "- Dupont @ Fils");
  lt_firm_set_signatory_name (content->firm, "@signatures");
  /* typed with the words the letter already writes around them */
  lt_firm_set_rcs (content->firm, "RCS Lyon 732 829 320");
  lt_firm_set_ordre (content->firm, "Inscrite au tableau de l'Ordre des experts-comptables, conseil régional Auvergne-Rhône-Alpes");
  lt_firm_set_insurance (content->firm, "Responsabilité civile professionnelle : MMA IARD, contrat n° 1");

  bytes = lt_pdf_render_document (content, NULL, &error);
  g_assert_no_error (error);
  rb = read_back (bytes, "markup.pdf");
  assert_contains (rb->all, "Audit <b>légal</b> & « conseil » </span>");
  assert_contains (rb->all, "Négoce d'objets <i>rares</i> & \"anciens\", sur deux lignes");
  assert_contains (rb->all, "Dirigeant : @signatures");
  assert_contains (rb->all, "Jean Dupont, # gérant & associé");
  assert_contains (rb->all, "Pour # Conseil & Associés @signatures");
  assert_contains (rb->all, "Pour - Dupont @ Fils");
  g_assert_null (strstr (rb->all, "RCSRCS"));
  g_assert_null (strstr (rb->all, "Ordredesexperts-comptables(Inscrite"));
  assert_contains (rb->all, "immatriculé au RCS Lyon 732 829 320");
  assert_contains (rb->all, "assurée auprès de MMA IARD, contrat n° 1");
  assert_contains (rb->all, "Ordre des experts-comptables (conseil régional Auvergne-Rhône-Alpes)");

  /* the offre starts a paragraph with the firm's name */
  lt_document_set_kind (content->document, LT_DOCUMENT_KIND_OFFRE_DE_SERVICE);
  g_clear_pointer (&bytes, g_bytes_unref);
  g_clear_pointer (&rb, readback_free);
  bytes = lt_pdf_render_document (content, NULL, &error);
  g_assert_no_error (error);
  rb = read_back (bytes, NULL);
  assert_contains (rb->all, "# Conseil & Associés, SAS d’expertise comptable au capital de 50 000 €, société d’expertise comptable inscrite");
}

static void
test_blanks_to_fill (void)
{
  g_autoptr(LtDocumentContent) content = fixture_content (LT_DOCUMENT_KIND_LETTRE_DE_MISSION, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(Readback) rb = NULL;

  /* a draft still lacking mandatory details says where they go */
  lt_firm_set_insurance (content->firm, "");
  lt_firm_set_rcs (content->firm, " ");
  lt_affaire_set_siren (content->affaire, NULL);
  g_clear_object (&content->signatory);
  lt_affaire_set_director (content->affaire, "");

  bytes = lt_pdf_render_document (content, NULL, &error);
  g_assert_no_error (error);
  rb = read_back (bytes, NULL);
  assert_contains (rb->all, "assurée auprès de [assureur et contrat à compléter]");
  assert_contains (rb->all, "immatriculé au RCS [RCS à compléter]");
  assert_contains (rb->all, "SIREN : [SIREN à compléter]");
  assert_contains (rb->all, "Représenté par : [signataire à désigner]");
  {
    g_autofree char *attention = normalize ("À l’attention de");

    g_assert_null (strstr (rb->all, attention));
  }
}

static void
test_user_template_override (void)
{
  g_autoptr(LtDocumentContent) content = fixture_content (LT_DOCUMENT_KIND_BON_D_INTERVENTION, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(Readback) rb = NULL;
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "lettrine", "templates", NULL);
  g_autofree char *path = g_build_filename (dir, "bon-d-intervention.tmpl", NULL);

  g_mkdir_with_parents (dir, 0700);
  g_assert_true (g_file_set_contents (path,
                                      "# Notre bon maison pour {{affaire.name}}\n\n"
                                      "@honoraires Travaux | Rythme | Prix\n", -1, NULL));
  bytes = lt_pdf_render_document (content, NULL, &error);
  g_assert_no_error (error);
  rb = read_back (bytes, NULL);
  assert_contains (rb->all, "Notre bon maison pour Dupont & Fils <SARL>");
  assert_contains (rb->all, "Travaux Rythme Prix");

  /* a broken template is refused with a message naming it */
  g_assert_true (g_file_set_contents (path, "{{if}}\n", -1, NULL));
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = lt_pdf_render_document (content, NULL, &error);
  g_assert_error (error, LT_ERROR, LT_ERROR_RENDER);
  g_assert_null (bytes);
  g_assert_nonnull (strstr (error->message, "bon-d-intervention.tmpl"));
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (path, "<b>unclosed\n", -1, NULL));
  bytes = lt_pdf_render_document (content, NULL, &error);
  g_assert_error (error, LT_ERROR, LT_ERROR_RENDER);
  g_clear_error (&error);

  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("lettrine-pdf-XXXXXX", NULL);

  /* a private user data dir: the override test writes templates there */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pdf/format", test_money_and_dates);
  g_test_add_func ("/pdf/totals", test_totals);
  g_test_add_func ("/pdf/lettre-de-mission", test_lettre_de_mission);
  g_test_add_func ("/pdf/other-kinds", test_other_kinds);
  g_test_add_func ("/pdf/long-scope", test_long_scope);
  g_test_add_func ("/pdf/markup", test_markup_prints_as_typed);
  g_test_add_func ("/pdf/blanks", test_blanks_to_fill);
  g_test_add_func ("/pdf/user-template", test_user_template_override);

  return g_test_run ();
}
