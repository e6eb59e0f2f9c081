/* test-ui-documents-lineage.c: the documents view with six documents — the lineage reads as a tree, the scope in force with where each line comes from */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <glib/gstdio.h>
#include <string.h>

#include "lt-context.h"
#include "lt-documents-view-private.h"
#include "lt-store-affaires.h"
#include "lt-store-demo.h"
#include "lt-store-document-ops.h"
#include "lt-store-renewal.h"

#include "store-fixtures.h"
#include "ui-fixtures.h"

typedef struct {
  char      *dir;
  char      *path;
  LtStore   *store;
  GSettings *settings;
  LtContext *context;
  gint64     morel;
  gint64     letter;
  gint64     substitutive;
} Fixture;

static gint64
add_document (Fixture        *f,
              LtDocumentKind  kind,
              gint64          prestation_id,
              gboolean        sign)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(LtDocument) doc = NULL;
  g_autoptr(LtDocumentOutcome) sent = NULL;
  g_autoptr(LtDocumentOutcome) signed_ = NULL;
  LtDocumentLine *line = lt_document_line_new ();

  lt_document_line_set_prestation_id (line, prestation_id);
  lt_document_line_set_price_cents (line, -1);
  g_ptr_array_add (lines, line);
  doc = lt_store_document_create_with_lines (f->store, f->morel, kind, lines, &error);
  g_assert_no_error (error);
  sent = lt_store_document_send (f->store, lt_document_get_id (doc), &error);
  g_assert_no_error (error);
  if (sign)
    {
      signed_ = lt_store_document_sign (f->store, lt_document_get_id (doc), &error);
      g_assert_no_error (error);
    }
  return lt_document_get_id (doc);
}

/* Cabinet Morel of the demo, with six documents: its letter, two avenants,
 * a bon d'intervention, an offre sent, and the renewal's substitutive. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr(GListModel) clients = NULL;
  g_autoptr(GPtrArray) docs = NULL;
  g_autoptr(LtRenewalPlan) plan = NULL;
  g_autoptr(LtRenewalResult) result = NULL;

  f->store = store_fixture_open_demo ("lettrine-ui-lineage-XXXXXX", &f->dir, &f->path);

  clients = lt_store_list_affaires (f->store, "Morel", LT_AFFAIRE_STATE_CLIENT, 0);
  g_assert_cmpuint (g_list_model_get_n_items (clients), ==, 1);
  {
    g_autoptr(LtAffaire) morel = g_list_model_get_item (clients, 0);
    f->morel = lt_affaire_get_id (morel);
  }
  docs = lt_store_load_affaire_documents (f->store, f->morel, &error);
  g_assert_cmpuint (docs->len, ==, 1);
  f->letter = lt_document_get_id (g_ptr_array_index (docs, 0));

  /* Demo prestations: 5 Secrétariat juridique annuel, 6 Situation
   * trimestrielle, 2 Reprise, 3 Tenue comptable. */
  add_document (f, LT_DOCUMENT_KIND_AVENANT, 5, TRUE);
  add_document (f, LT_DOCUMENT_KIND_AVENANT, 6, TRUE);
  add_document (f, LT_DOCUMENT_KIND_BON_D_INTERVENTION, 2, TRUE);
  add_document (f, LT_DOCUMENT_KIND_OFFRE_DE_SERVICE, 3, FALSE);
  plan = lt_store_renewal_prepare (f->store, &f->morel, 1, 1030000, LT_ROUNDING_CENT, NULL, &error);
  g_assert_no_error (error);
  result = lt_store_renewal_apply (f->store, plan, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  f->substitutive = g_array_index (result->created_ids, gint64, 0);

  f->settings = g_settings_new_with_backend (APPLICATION_ID, backend);
  f->context = lt_context_new (f->store, f->settings);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->context);
  g_clear_object (&f->settings);
  g_clear_object (&f->store);
  store_fixture_remove (f->dir, f->path);
  iterate (20);
}

static const char *
button_text (GtkWidget *button)
{
  return gtk_label_get_label (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))));
}

/* Every document is one line of the tree; every arrow sits in its line,
 * right before the chip of the document it ties to its parent. */
static void
test_lineage (Fixture       *f,
              gconstpointer  data)
{
  GtkWidget *window = gtk_window_new ();
  LtDocumentsView *view = LT_DOCUMENTS_VIEW (lt_documents_view_new (f->context));
  /* a sent document is named by its number, a draft by its id */
  const char *expected[][2] = {
    { NULL,   "Engagement letter " },
    { "├─→",  "Amendment " },
    { "├─→",  "Amendment " },
    { "├─→",  "Work order " },
    { "└─⇒",  "Replacement engagement letter " },
    { NULL,   "Service offer " },
  };
  guint n = 0;

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 900);
  gtk_window_present (GTK_WINDOW (window));
  lt_documents_view_set_affaire_id (view, f->morel);
  iterate (100);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (view->chains_box));
       row != NULL; row = gtk_widget_get_next_sibling (row), n++)
    {
      GtkWidget *first = gtk_widget_get_first_child (row);
      GtkWidget *chip;

      g_assert_cmpuint (n, <, G_N_ELEMENTS (expected));
      g_assert_true (GTK_IS_BOX (row));
      if (expected[n][0] == NULL)
        {
          chip = first;
          g_assert_true (GTK_IS_BUTTON (chip));
        }
      else
        {
          g_assert_true (GTK_IS_LABEL (first));
          g_assert_true (g_str_has_suffix (gtk_label_get_label (GTK_LABEL (first)), expected[n][0]));
          chip = gtk_widget_get_next_sibling (first);
          g_assert_true (GTK_IS_BUTTON (chip));
          /* the arrow is on the chip's line, at its left */
          g_assert_true (gtk_widget_get_mapped (first));
        }
      g_assert_null (gtk_widget_get_next_sibling (chip));
      g_assert_true (g_str_has_prefix (button_text (chip), expected[n][1]));
    }
  g_assert_cmpuint (n, ==, 6);

  /* Rows stack: each line below the previous one, the children indented. */
  {
    GtkWidget *root = gtk_widget_get_first_child (GTK_WIDGET (view->chains_box));
    GtkWidget *child = gtk_widget_get_next_sibling (root);
    graphene_point_t p_root, p_child, p_chip;

    g_assert_true (gtk_widget_compute_point (root, GTK_WIDGET (view), &GRAPHENE_POINT_INIT (0, 0), &p_root));
    g_assert_true (gtk_widget_compute_point (child, GTK_WIDGET (view), &GRAPHENE_POINT_INIT (0, 0), &p_child));
    g_assert_true (gtk_widget_compute_point (gtk_widget_get_last_child (child), GTK_WIDGET (view),
                                             &GRAPHENE_POINT_INIT (0, 0), &p_chip));
    g_assert_cmpfloat (p_child.y, >, p_root.y);
    g_assert_cmpfloat (p_chip.x, >, p_root.x + 10);
  }

  /* A chip selects its document. */
  g_signal_emit_by_name (gtk_widget_get_last_child (gtk_widget_get_first_child (GTK_WIDGET (view->chains_box))), "clicked");
  iterate (20);
  g_assert_cmpint (lt_documents_view_get_selected_id (view), ==, f->letter);

  gtk_window_destroy (GTK_WINDOW (window));
  iterate (20);
}

static GtkWidget *
find_button_with_text (GtkWidget  *widget,
                       const char *prefix)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (child))) &&
          g_str_has_prefix (button_text (child), prefix))
        return child;
      if ((found = find_button_with_text (child, prefix)) != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_row_titled (GtkWidget  *widget,
                 const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_ACTION_ROW (child) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return child;
      if ((found = find_row_titled (child, title)) != NULL)
        return found;
    }
  return NULL;
}

/* The scope in force: recurring lines with their annual figure, one-off
 * lines apart, each with the document it comes from, which a click shows. */
static void
test_scope (Fixture       *f,
            gconstpointer  data)
{
  GtkWidget *window = gtk_window_new ();
  LtDocumentsView *view = LT_DOCUMENTS_VIEW (lt_documents_view_new (f->context));
  GtkWidget *situation, *bilan, *source, *recurring, *one_off;

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  lt_documents_view_set_affaire_id (view, f->morel);
  iterate (100);

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (view->scope_box)));
  recurring = gtk_widget_get_first_child (GTK_WIDGET (view->scope_box));
  g_assert_true (ADW_IS_PREFERENCES_GROUP (recurring));
  g_assert_cmpstr (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (recurring)), ==, "Recurring scope in force");
  one_off = gtk_widget_get_next_sibling (recurring);
  g_assert_true (ADW_IS_PREFERENCES_GROUP (one_off));
  g_assert_cmpstr (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (one_off)), ==, "One-off work in force");

  /* Situation trimestrielle 600 € a quarter: 2 400 € a year, from the second avenant. */
  situation = find_row_titled (recurring, "Situation trimestrielle");
  g_assert_nonnull (situation);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (situation)), "400,00"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (situation)), "a year"));
  source = find_button_with_text (situation, "Amendment ");
  g_assert_nonnull (source);

  bilan = find_row_titled (recurring, "Bilan annuel");
  g_assert_nonnull (bilan);
  g_assert_nonnull (find_button_with_text (bilan, "Engagement letter "));
  g_assert_null (find_row_titled (recurring, "Entrée en relation"));
  g_assert_nonnull (find_row_titled (one_off, "Entrée en relation"));

  /* The substitutive is selected (the newest); the source shows the avenant. */
  g_assert_cmpint (lt_documents_view_get_selected_id (view), ==, f->substitutive);
  g_signal_emit_by_name (source, "clicked");
  iterate (20);
  g_assert_cmpint (lt_documents_view_get_selected_id (view), !=, f->substitutive);
  g_assert_cmpint (lt_document_get_kind (lt_documents_view_find_document (view, lt_documents_view_get_selected_id (view))),
                   ==, LT_DOCUMENT_KIND_AVENANT);

  gtk_window_destroy (GTK_WINDOW (window));
  iterate (20);
}

/* « Nouveau document » for a prospect: every kind in the popover, nothing
 * scrolled out of sight, each refused kind with its reason in full. */
static void
test_new_menu (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *window = gtk_window_new ();
  LtDocumentsView *view = LT_DOCUMENTS_VIEW (lt_documents_view_new (f->context));
  g_autoptr(GListModel) prospects = lt_store_list_affaires (f->store, "Chabert", LT_AFFAIRE_STATE_PROSPECT, 0);
  g_autoptr(LtAffaire) chabert = g_list_model_get_item (prospects, 0);
  GtkWidget *scrolled;
  GtkAdjustment *vadjustment;
  guint n = 0, n_refused = 0;

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  gtk_window_present (GTK_WINDOW (window));
  lt_documents_view_set_affaire_id (view, lt_affaire_get_id (chabert));
  iterate (50);
  gtk_popover_popup (view->new_popover);
  iterate (100);

  for (GtkWidget *button = gtk_widget_get_first_child (GTK_WIDGET (view->kinds_box));
       button != NULL; button = gtk_widget_get_next_sibling (button), n++)
    {
      GtkWidget *title = gtk_widget_get_first_child (gtk_button_get_child (GTK_BUTTON (button)));
      GtkWidget *reason = gtk_widget_get_next_sibling (title);

      g_assert_true (gtk_widget_get_mapped (button));
      if (gtk_widget_get_sensitive (button))
        {
          g_assert_null (reason);
          continue;
        }
      n_refused++;
      g_assert_nonnull (reason);
      g_assert_true (gtk_label_get_wrap (GTK_LABEL (reason)));
      g_assert_cmpint (gtk_label_get_ellipsize (GTK_LABEL (reason)), ==, PANGO_ELLIPSIZE_NONE);
      g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (reason)), ==,
                       "Needs a signed engagement letter: « Menuiserie Chabert » is still a prospect.");
      /* wrapped onto lines, not cut: taller than one line of its font */
      g_assert_cmpint (gtk_widget_get_height (reason), >, gtk_widget_get_height (title));
    }
  g_assert_cmpuint (n, ==, 5);
  g_assert_cmpuint (n_refused, ==, 3);

  scrolled = gtk_widget_get_ancestor (GTK_WIDGET (view->kinds_box), GTK_TYPE_SCROLLED_WINDOW);
  g_assert_nonnull (scrolled);
  vadjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  g_assert_cmpfloat (gtk_adjustment_get_upper (vadjustment), <=, gtk_adjustment_get_page_size (vadjustment) + 1);

  gtk_popover_popdown (view->new_popover);
  gtk_window_destroy (GTK_WINDOW (window));
  iterate (20);
}

int
main (int argc, char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui-documents/lineage", Fixture, NULL, fixture_set_up, test_lineage, fixture_tear_down);
  g_test_add ("/ui-documents/scope", Fixture, NULL, fixture_set_up, test_scope, fixture_tear_down);
  g_test_add ("/ui-documents/new-menu", Fixture, NULL, fixture_set_up, test_new_menu, fixture_tear_down);

  return g_test_run ();
}
