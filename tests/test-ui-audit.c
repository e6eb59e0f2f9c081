/* test-ui-audit.c: every page of the demo cabinet, in French at 1280×800,
 * walked widget by widget: no control without an accessible name, no text
 * cut off without its full version in a tooltip or accessible description */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <glib/gstdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "lt-accessible.h"
#include "lt-affaires-page-private.h"
#include "lt-context.h"
#include "lt-import-dialog.h"
#include "lt-preferences-window.h"
#include "lt-prestation-editor.h"
#include "lt-prestations-page.h"
#include "lt-terms-dialog.h"
#include "lt-store-private.h"
#include "lt-window.h"
#include "ui-dialogs-fixtures.h"

/* Layout takes longer under a sanitizer: every wait is longer there, so
 * that what is audited is what a user sees once the frame is drawn. */
static void
audit_wait (guint ms)
{
  wait_ms (g_getenv ("ASAN_OPTIONS") != NULL ? ms * 4 : ms);
}

/* The name assistive technologies read for a button: its label, its
 * child label, or an accessible label / labelled-by set by the code. */
static gboolean
has_label_property (GtkWidget *widget)
{
  return gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

static gboolean
button_has_name (GtkWidget *button)
{
  GtkWidget *child;
  GtkWidget *parent = gtk_widget_get_parent (button);

  /* the toggle inside a menu button, a mnemonic label (read twice by
   * GTK 4.8 unless named): only an explicit name counts */
  if (GTK_IS_TOGGLE_BUTTON (button) && GTK_IS_MENU_BUTTON (parent))
    return has_label_property (button) ||
           gtk_test_accessible_has_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  /* a mnemonic button is named by the label inside only: GTK 4.8 also sets
   * its label property, underline included, and reads both */
  if (GTK_IS_BUTTON (button) && gtk_button_get_use_underline (GTK_BUTTON (button)))
    return !has_label_property (button) &&
           gtk_test_accessible_has_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY);

  if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL) ||
      gtk_test_accessible_has_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return TRUE;
  if (GTK_IS_BUTTON (button) && gtk_button_get_label (GTK_BUTTON (button)) != NULL &&
      *gtk_button_get_label (GTK_BUTTON (button)) != '\0' && !gtk_button_get_icon_name (GTK_BUTTON (button)))
    return TRUE;
  /* a label somewhere inside (a box with an icon and a label) */
  for (child = gtk_widget_get_first_child (button); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && *gtk_label_get_text (GTK_LABEL (child)) != '\0')
        return TRUE;
      if (!GTK_IS_BUTTON (child) && button_has_name (child))
        return TRUE;
    }
  return FALSE;
}

static gboolean
has_full_text (GtkWidget  *widget,
               const char *text)
{
  for (int depth = 0; widget != NULL && depth < 4; depth++, widget = gtk_widget_get_parent (widget))
    {
      const char *tooltip = gtk_widget_get_tooltip_text (widget);

      if (tooltip != NULL && strstr (tooltip, text) != NULL)
        return TRUE;
      /* a tooltip made when the pointer rests on it (query-tooltip) */
      if (tooltip == NULL && gtk_widget_get_has_tooltip (widget))
        return TRUE;
      if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION))
        return TRUE;
    }
  return FALSE;
}

static void
audit (GtkWidget  *widget,
       const char *where,
       GString    *problems)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)) == NULL &&
      !has_label_property (widget))
    g_string_append_printf (problems, "%s: an icon GtkMenuButton without an accessible name (tooltip « %s »)\n", where,
                            gtk_widget_get_tooltip_text (widget));

  if (GTK_IS_CHECK_BUTTON (widget) && gtk_check_button_get_use_underline (GTK_CHECK_BUTTON (widget)) &&
      !has_label_property (widget))
    g_string_append_printf (problems, "%s: check button « %s » read with its underline\n", where,
                            gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)));

  if (GTK_IS_BUTTON (widget) && !button_has_name (widget))
    g_string_append_printf (problems, "%s: %s without an accessible name (parent %s)\n", where,
                            G_OBJECT_TYPE_NAME (widget), G_OBJECT_TYPE_NAME (gtk_widget_get_parent (widget)));

  if (GTK_IS_LABEL (widget) && gtk_label_get_ellipsize (GTK_LABEL (widget)) != PANGO_ELLIPSIZE_NONE &&
      pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (widget))) &&
      !has_full_text (widget, gtk_label_get_text (GTK_LABEL (widget))))
    g_string_append_printf (problems, "%s: « %s » is cut off (in %s)\n", where, gtk_label_get_text (GTK_LABEL (widget)),
                            G_OBJECT_TYPE_NAME (gtk_widget_get_parent (widget)));

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    audit (c, where, problems);
}

/* With LT_AUDIT_SHOTS=DIR, each audited window is also saved as a PNG, to
 * be looked at. */
static void
save_shot (GtkWidget  *window,
           const char *name)
{
  const char *dir = g_getenv ("LT_AUDIT_SHOTS");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;
  paintable = gtk_widget_paintable_new (window);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (window), gtk_widget_get_height (window));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return;
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node, NULL);
  path = g_strdup_printf ("%s/%s.png", dir, name);
  gdk_texture_save_to_png (texture, path);
}

/* The CSV import shows the columns it found and the field each goes to,
 * each one changeable. */
static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "affaires-utf8-semicolon.csv", NULL);
  GtkWidget *dialog = lt_import_dialog_new (f->context);
  g_autoptr(GString) problems = g_string_new (NULL);
  GtkWidget *mapping;
  guint n = 0;

  gtk_window_set_default_size (GTK_WINDOW (dialog), 900, 640);
  gtk_window_present (GTK_WINDOW (dialog));
  audit_wait (50);
  g_assert_true (lt_import_dialog_open_file (LT_IMPORT_DIALOG (dialog), path));
  /* laid out at the next frames: slower under a sanitizer */
  mapping = GTK_WIDGET (gtk_widget_get_template_child (dialog, LT_TYPE_IMPORT_DIALOG, "mapping_box"));
  for (int i = 0; i < 100 && gtk_widget_get_height (mapping) < 30; i++)
    audit_wait (50);
  audit_wait (100);

  for (GtkWidget *c = gtk_widget_get_first_child (mapping); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      g_assert_true (gtk_widget_get_mapped (c));
      g_assert_cmpint (gtk_widget_get_height (c), >=, 30);
      n++;
    }
  g_assert_cmpuint (n, >=, 3);
  g_assert_true (gtk_widget_get_mapped (mapping));
  g_assert_cmpint (gtk_widget_get_height (mapping), >=, 30);

  audit (dialog, "import", problems);
  save_shot (dialog, "import");
  if (problems->len > 0)
    g_test_message ("%s", problems->str);
  g_assert_cmpstr (problems->str, ==, "");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
collect_below (GtkWidget *root,
               GType      type,
               GPtrArray *found)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (c, type))
        g_ptr_array_add (found, c);
      collect_below (c, type, found);
    }
}

/* Every page of the preferences, in a window of the size GNOME gives it. */
static void
test_preferences (Fixture       *f,
                  gconstpointer  data)
{
  GtkWindow *window = lt_preferences_window_new (f->context);
  g_autoptr(GString) problems = g_string_new (NULL);

  gtk_window_set_default_size (window, 640, 720);
  gtk_window_present (window);
  audit_wait (100);
  g_autoptr(GPtrArray) pages = g_ptr_array_new ();

  collect_below (GTK_WIDGET (window), ADW_TYPE_PREFERENCES_PAGE, pages);
  g_assert_cmpuint (pages->len, >=, 3);
  for (guint i = 0; i < pages->len; i++)
    {
      GtkWidget *page = g_ptr_array_index (pages, i);

      if (!ADW_IS_VIEW_STACK (gtk_widget_get_parent (page)))
        continue;   /* a page shown inside another (a subpage) */

      adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (window), ADW_PREFERENCES_PAGE (page));
      audit_wait (80);
      audit (GTK_WIDGET (window), adw_preferences_page_get_title (ADW_PREFERENCES_PAGE (page)), problems);
      {
        g_autofree char *name = g_strdup_printf ("preferences-%u", i);
        save_shot (GTK_WIDGET (window), name);
      }
    }
  if (problems->len > 0)
    g_test_message ("%s", problems->str);
  g_assert_cmpstr (problems->str, ==, "");
  gtk_window_destroy (window);
}

/* Each version of the conditions générales can be read, the oldest too. */
static void
test_terms_versions (Fixture       *f,
                     gconstpointer  data)
{
  GtkWidget *dialog;
  GtkWidget *list, *row;
  GtkWindow *reader;
  GtkTextBuffer *buffer = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GString) problems = g_string_new (NULL);
  guint n;

  lt_store_exec (f->store, "INSERT INTO terms (version, effective_on, body) VALUES ('Ancienne', '2001-01-01', 'Texte de 2001')", NULL);
  dialog = lt_terms_dialog_new (f->context);
  gtk_window_present (GTK_WINDOW (dialog));
  audit_wait (50);
  audit (dialog, "terms", problems);
  g_assert_cmpstr (problems->str, ==, "");

  list = GTK_WIDGET (gtk_widget_get_template_child (dialog, LT_TYPE_TERMS_DIALOG, "versions_list"));
  n = 0;
  for (GtkWidget *c = gtk_widget_get_first_child (list); c != NULL; c = gtk_widget_get_next_sibling (c))
    n++;
  g_assert_cmpuint (n, >=, 2);
  /* the oldest is the last or the first: find the one titled « Ancienne » */
  for (row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "Ancienne") == 0)
      break;
  g_assert_nonnull (row);
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  g_signal_emit_by_name (row, "activate");
  audit_wait (50);

  reader = find_toplevel (ADW_TYPE_WINDOW);
  g_assert_nonnull (reader);
  g_assert_true (reader != GTK_WINDOW (dialog));
  g_assert_nonnull (strstr (gtk_window_get_title (reader), "Ancienne"));
  {
    GtkWidget *view = find_widget (GTK_WIDGET (reader), GTK_TYPE_TEXT_VIEW, NULL);
    GtkTextIter start, end;

    g_assert_nonnull (view);
    g_assert_false (gtk_text_view_get_editable (GTK_TEXT_VIEW (view)));
    buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
    gtk_text_buffer_get_bounds (buffer, &start, &end);
    text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  }
  g_assert_cmpstr (text, ==, "Texte de 2001");

  gtk_window_destroy (reader);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_pages (Fixture       *f,
            gconstpointer  data)
{
  static const char *pages[] = { "affaires", "prestations", "projects", "tasks" };
  g_autoptr(GString) problems = g_string_new (NULL);
  LtWindow *window = lt_window_new (NULL, f->context);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  audit_wait (100);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      lt_window_show_page (window, pages[i]);
      /* a page is built when first shown: let it lay out; what is cut
       * only while the new page settles is not what a user reads, so a
       * page is judged again after a while before its problems count */
      audit_wait (400);
      for (int attempt = 0; ; attempt++)
        {
          g_autoptr(GString) found = g_string_new (NULL);

          audit (GTK_WIDGET (window), pages[i], found);
          if (found->len == 0 || attempt == 5)
            {
              g_string_append (problems, found->str);
              break;
            }
          audit_wait (500);
        }
      save_shot (GTK_WIDGET (window), pages[i]);
    }

  /* an affaire's file and documents */
  {
    LtAffairesPage *page = LT_AFFAIRES_PAGE (lt_window_get_page (window, "affaires"));
    gint64 id = query_int (f->store, "SELECT min(affaire_id) FROM documents");
    AdwViewStack *stack;

    lt_window_show_page (window, "affaires");
    lt_affaires_page_select_affaire (page, id);
    audit_wait (100);
    audit (GTK_WIDGET (window), "affaires › fiche", problems);
    /* the choices of a combo row are shown whole, not « SARL — Société à resp… » */
    {
      LtAffaireEditor *editor = lt_affaires_page_get_editor (page);
      GtkWidget *legal = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (editor), LT_TYPE_AFFAIRE_EDITOR, "legal_form_row"));
      GtkWidget *popover;

      g_assert_true (gtk_widget_activate (legal));
      audit_wait (100);
      popover = find_widget (legal, GTK_TYPE_POPOVER, NULL);
      g_assert_nonnull (popover);
      g_assert_true (gtk_widget_get_mapped (popover));
      audit (popover, "affaires › fiche › forme juridique", problems);
      gtk_popover_popdown (GTK_POPOVER (popover));
      g_assert_nonnull (gtk_widget_get_tooltip_text (legal));
    }
    stack = ADW_VIEW_STACK (gtk_widget_get_ancestor (GTK_WIDGET (lt_affaires_page_get_editor (page)), ADW_TYPE_VIEW_STACK));
    adw_view_stack_set_visible_child_name (stack, "documents");
    audit_wait (100);
    audit (GTK_WIDGET (window), "affaires › documents", problems);
  }

  if (problems->len > 0)
    g_test_message ("%s", problems->str);
  g_assert_cmpstr (problems->str, ==, "");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A label whose text is @text, under @root */
static GtkWidget *
find_label (GtkWidget  *root,
            const char *text)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (c) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (c)), text) == 0)
        return c;
      if ((found = find_label (c, text)) != NULL)
        return found;
    }
  return NULL;
}

/* The column headers of the steps list are within the window, whole */
static void
assert_header_visible (GtkWidget  *window,
                       const char *text)
{
  GtkWidget *label = find_label (window, text);
  GtkWidget *viewport;
  graphene_rect_t bounds;

  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_mapped (label));
  /* within what the list's scrolled window shows, not scrolled off */
  viewport = gtk_widget_get_ancestor (label, GTK_TYPE_SCROLLED_WINDOW);
  g_assert_nonnull (viewport);
  g_assert_true (gtk_widget_compute_bounds (label, viewport, &bounds));
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (viewport));
  g_assert_true (gtk_widget_compute_bounds (viewport, window, &bounds));
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (window));
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))));
}

/* The prestation editor open on a demo prestation at 1280×800: the steps
 * list shows its « Délai » and « Dépend de », the description has lines. */
static void
test_prestation_editor (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GString) problems = g_string_new (NULL);
  LtWindow *window = lt_window_new (NULL, f->context);
  LtPrestationsPage *page;
  GtkWidget *editor, *description, *label;
  gint64 id = query_int (f->store, "SELECT id FROM prestations WHERE name = 'Reprise du dossier comptable'");

  g_assert_cmpint (id, >, 0);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  audit_wait (100);
  lt_window_show_page (window, "prestations");
  audit_wait (300);
  page = LT_PRESTATIONS_PAGE (lt_window_get_page (window, "prestations"));
  g_assert_true (lt_prestations_page_open (page, id, NULL));
  audit_wait (300);
  editor = lt_prestations_page_get_editor (page);
  g_assert_true (gtk_widget_get_mapped (editor));
  save_shot (GTK_WIDGET (window), "prestation-editor");

  assert_header_visible (GTK_WIDGET (window), _("Title"));
  assert_header_visible (GTK_WIDGET (window), _("Délai (days)"));
  assert_header_visible (GTK_WIDGET (window), _("Depends on"));

  description = GTK_WIDGET (gtk_widget_get_template_child (editor, LT_TYPE_PRESTATION_EDITOR, "description_entry"));
  g_assert_true (GTK_IS_TEXT_VIEW (description));
  g_assert_true (gtk_widget_get_mapped (description));
  g_assert_cmpint (gtk_text_view_get_wrap_mode (GTK_TEXT_VIEW (description)), !=, GTK_WRAP_NONE);
  g_assert_cmpint (gtk_widget_get_height (gtk_widget_get_parent (description)), >=, 40);
  {
    g_autofree char *text = lt_accessible_strip_mnemonic (_("D_escription (optional)"));
    label = find_label (editor, text);
  }
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_mapped (label));
  g_assert_true (gtk_label_get_mnemonic_widget (GTK_LABEL (label)) == description);

  audit (GTK_WIDGET (window), "prestations › éditeur", problems);
  if (problems->len > 0)
    g_test_message ("%s", problems->str);
  g_assert_cmpstr (problems->str, ==, "");
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_toast (GtkWidget *root)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (g_strcmp0 (G_OBJECT_TYPE_NAME (c), "AdwToastWidget") == 0 || has_toast (c))
      return TRUE;
  return FALSE;
}

/* A step that would close a cycle, linked on the canvas: the refusal is
 * shown whole above the steps, not in a toast that cuts it. */
static void
test_prestation_cycle_refusal (Fixture       *f,
                               gconstpointer  data)
{
  LtWindow *window = lt_window_new (NULL, f->context);
  LtPrestationsPage *page;
  GtkWidget *editor, *error_label, *canvas;
  LtStepGraph *graph;
  g_autoptr(GArray) links = NULL;
  const LtGraphLink *link;
  const char *message;
  gint64 id = query_int (f->store, "SELECT id FROM prestations WHERE name = 'Reprise du dossier comptable'");

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  audit_wait (100);
  lt_window_show_page (window, "prestations");
  audit_wait (300);
  page = LT_PRESTATIONS_PAGE (lt_window_get_page (window, "prestations"));
  g_assert_true (lt_prestations_page_open (page, id, NULL));
  audit_wait (200);
  editor = lt_prestations_page_get_editor (page);
  canvas = GTK_WIDGET (lt_prestation_editor_get_canvas (LT_PRESTATION_EDITOR (editor)));
  graph = lt_graph_commands_get_graph (lt_prestation_editor_get_commands (LT_PRESTATION_EDITOR (editor)));
  links = lt_step_graph_dup_links (graph);
  g_assert_cmpuint (links->len, >, 0);
  link = &g_array_index (links, LtGraphLink, 0);

  /* the link back from the target to its source */
  g_assert_true (gtk_widget_activate_action (canvas, "canvas.add-link", "(uu)", link->to, link->from));
  audit_wait (100);
  message = lt_prestation_editor_get_error (LT_PRESTATION_EDITOR (editor));
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, " → "));

  error_label = GTK_WIDGET (gtk_widget_get_template_child (editor, LT_TYPE_PRESTATION_EDITOR, "error_label"));
  g_assert_true (gtk_widget_get_mapped (error_label));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (error_label)), ==, message);
  g_assert_true (gtk_label_get_wrap (GTK_LABEL (error_label)));
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (error_label))));
  /* no toast, where the sentence would be cut */
  g_assert_false (has_toast (editor));
  save_shot (GTK_WIDGET (window), "prestation-cycle");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_strip_mnemonic (void)
{
  static const char *cases[][2] = {
    { "_Nouveau prospect", "Nouveau prospect" },
    { "Disposer _automatiquement", "Disposer automatiquement" },
    { "snake__case", "snake_case" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *plain = lt_accessible_strip_mnemonic (cases[i][0]);
      g_assert_cmpstr (plain, ==, cases[i][1]);
    }
}

int
main (int argc, char **argv)
{
  g_setenv ("LANGUAGE", "fr", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  if (g_getenv ("LETTRINE_BUILD_DIR") != NULL)
    {
      g_autofree char *po_dir = g_build_filename (g_getenv ("LETTRINE_BUILD_DIR"), "po", NULL);
      bindtextdomain (GETTEXT_PACKAGE, po_dir);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
    }

  lt_accessible_install ();
  g_test_add_func ("/ui-audit/strip-mnemonic", test_strip_mnemonic);
  g_test_add ("/ui-audit/terms-versions", Fixture, NULL, fixture_set_up, test_terms_versions, fixture_tear_down);
  g_test_add ("/ui-audit/preferences", Fixture, NULL, fixture_set_up, test_preferences, fixture_tear_down);
  g_test_add ("/ui-audit/import", Fixture, NULL, fixture_set_up, test_import, fixture_tear_down);
  g_test_add ("/ui-audit/pages", Fixture, NULL, fixture_set_up, test_pages, fixture_tear_down);
  g_test_add ("/ui-audit/prestation-cycle-refusal", Fixture, NULL, fixture_set_up, test_prestation_cycle_refusal, fixture_tear_down);
  g_test_add ("/ui-audit/prestation-editor", Fixture, NULL, fixture_set_up, test_prestation_editor, fixture_tear_down);

  return g_test_run ();
}
