/* test-ui-affaire-editor.c: the company file bound to a working copy — rows, refused saves, the contacts' e-mail */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <glib/gstdio.h>

#include "lt-affaire-editor.h"
#include "lt-context.h"
#include "lt-store-affaires.h"

#include "store-fixtures.h"

typedef struct {
  char      *dir;
  char      *path;
  LtStore   *store;
  GSettings *settings;
  LtContext *context;
  LtAffaire *affaire;
  LtContact *contact;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();

  f->store = store_fixture_open ("lettrine-ui-affaire-editor-XXXXXX", &f->dir, &f->path);
  f->settings = g_settings_new_with_backend (APPLICATION_ID, backend);
  f->context = lt_context_new (f->store, f->settings);

  f->affaire = lt_affaire_new ();
  lt_affaire_set_name (f->affaire, "Dupont SARL");
  lt_affaire_set_city (f->affaire, "Lyon");
  g_assert_true (lt_store_add_affaire (f->store, f->affaire, &error));
  g_assert_no_error (error);

  f->contact = lt_contact_new ();
  lt_contact_set_affaire_id (f->contact, lt_affaire_get_id (f->affaire));
  lt_contact_set_name (f->contact, "Marie Dupont");
  lt_contact_set_email (f->contact, "marie@dupont.fr");
  g_assert_true (lt_store_add_contact (f->store, f->contact, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->contact);
  g_clear_object (&f->affaire);
  g_clear_object (&f->context);
  g_clear_object (&f->settings);
  g_clear_object (&f->store);
  store_fixture_remove (f->dir, f->path);
}

static GtkEditable *
row (LtAffaireEditor *editor,
     const char      *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (editor), LT_TYPE_AFFAIRE_EDITOR, name);

  g_assert_nonnull (object);
  return GTK_EDITABLE (object);
}

/* The e-mail row of the contact named @name, among the editor's widgets. */
static GtkWidget *
email_row (GtkWidget  *widget,
           const char *name)
{
  LtContact *contact = g_object_get_data (G_OBJECT (widget), "contact");

  if (ADW_IS_ENTRY_ROW (widget) && contact != NULL && g_strcmp0 (lt_contact_get_name (contact), name) == 0)
    return widget;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = email_row (c, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static LtAffaireEditor *
open_editor (Fixture    *f,
             GtkWidget **window)
{
  LtAffaireEditor *editor = LT_AFFAIRE_EDITOR (lt_affaire_editor_new (f->context));

  *window = gtk_window_new ();
  gtk_window_set_child (GTK_WINDOW (*window), GTK_WIDGET (editor));
  gtk_window_present (GTK_WINDOW (*window));
  lt_affaire_editor_set_affaire (editor, f->affaire);

  return editor;
}

/* The rows show the affaire; a refused save keeps what was typed and writes
 * nothing; a saved one writes every row. */
static void
test_bound_rows (Fixture       *f,
                 gconstpointer  data)
{
  GtkWidget *window = NULL;
  LtAffaireEditor *editor = open_editor (f, &window);
  g_autoptr(LtAffaire) stored = NULL;

  g_assert_cmpstr (gtk_editable_get_text (row (editor, "name_row")), ==, "Dupont SARL");
  g_assert_cmpstr (gtk_editable_get_text (row (editor, "city_row")), ==, "Lyon");
  g_assert_cmpstr (gtk_editable_get_text (row (editor, "fiscal_year_end_row")), ==, "31/12");

  gtk_editable_set_text (row (editor, "name_row"), "Dupont & Fils");
  gtk_editable_set_text (row (editor, "director_row"), "Jean Dupont");
  gtk_editable_set_text (row (editor, "fiscal_year_end_row"), "31/13");
  g_assert_false (lt_affaire_editor_save (editor));
  g_assert_cmpstr (gtk_editable_get_text (row (editor, "name_row")), ==, "Dupont & Fils");
  g_assert_cmpstr (gtk_editable_get_text (row (editor, "fiscal_year_end_row")), ==, "31/13");
  stored = lt_store_get_affaire (f->store, lt_affaire_get_id (f->affaire), NULL);
  g_assert_cmpstr (lt_affaire_get_name (stored), ==, "Dupont SARL");
  g_clear_object (&stored);

  gtk_editable_set_text (row (editor, "fiscal_year_end_row"), "30/06");
  gtk_editable_set_text (row (editor, "lcbft_on_row"), "15/01/2026");
  g_assert_true (lt_affaire_editor_save (editor));
  stored = lt_store_get_affaire (f->store, lt_affaire_get_id (f->affaire), NULL);
  g_assert_cmpstr (lt_affaire_get_name (stored), ==, "Dupont & Fils");
  g_assert_cmpstr (lt_affaire_get_director (stored), ==, "Jean Dupont");
  g_assert_cmpstr (lt_affaire_get_city (stored), ==, "Lyon");
  g_assert_cmpstr (lt_affaire_get_fiscal_year_end (stored), ==, "06-30");
  g_assert_cmpstr (lt_affaire_get_lcbft_identified_on (stored), ==, "2026-01-15");
  g_assert_cmpint (lt_affaire_get_revision (stored), ==, lt_affaire_get_revision (f->affaire) + 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The worked example of HACKING.md: a contact's e-mail shown and edited in
 * the company file, and given with a new contact. */
static void
test_contact_email (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *window = NULL;
  LtAffaireEditor *editor = open_editor (f, &window);
  GtkWidget *email = email_row (GTK_WIDGET (editor), "Marie Dupont");
  g_autoptr(LtContact) stored = NULL;
  g_autoptr(GListModel) contacts = NULL;

  g_assert_nonnull (email);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (email)), ==, "marie@dupont.fr");

  /* Refused: nothing written, the row keeps the text and says it. */
  gtk_editable_set_text (GTK_EDITABLE (email), "marie at dupont");
  g_signal_emit_by_name (email, "apply");
  g_assert_true (gtk_widget_has_css_class (email, "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (email)), ==, "marie at dupont");
  stored = lt_store_get_contact (f->store, lt_contact_get_id (f->contact), NULL);
  g_assert_cmpstr (lt_contact_get_email (stored), ==, "marie@dupont.fr");
  g_clear_object (&stored);

  gtk_editable_set_text (GTK_EDITABLE (email), "m.dupont@dupont.fr");
  g_signal_emit_by_name (email, "apply");
  stored = lt_store_get_contact (f->store, lt_contact_get_id (f->contact), NULL);
  g_assert_cmpstr (lt_contact_get_email (stored), ==, "m.dupont@dupont.fr");
  email = email_row (GTK_WIDGET (editor), "Marie Dupont");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (email)), ==, "m.dupont@dupont.fr");

  /* A new contact with its e-mail; the rows are emptied for the next one. */
  gtk_editable_set_text (row (editor, "new_contact_row"), "Paul Durand");
  gtk_editable_set_text (row (editor, "new_contact_email_row"), "paul@dupont.fr");
  g_signal_emit_by_name (row (editor, "new_contact_email_row"), "apply");
  contacts = lt_store_list_contacts (f->store, lt_affaire_get_id (f->affaire));
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 2);
  g_assert_cmpstr (gtk_editable_get_text (row (editor, "new_contact_row")), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (row (editor, "new_contact_email_row")), ==, "");
  email = email_row (GTK_WIDGET (editor), "Paul Durand");
  g_assert_nonnull (email);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (email)), ==, "paul@dupont.fr");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui-affaire-editor/bound-rows", Fixture, NULL, fixture_set_up, test_bound_rows, fixture_tear_down);
  g_test_add ("/ui-affaire-editor/contact-email", Fixture, NULL, fixture_set_up, test_contact_email, fixture_tear_down);

  return g_test_run ();
}
