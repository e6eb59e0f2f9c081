/* test-ui-letter.c: what the user fills for the letter's substance (issue 12) — consumer switch, vigilance, médiateur */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <glib/gstdio.h>

#include "lt-affaire-editor.h"
#include "lt-context.h"
#include "lt-firm-preferences-page.h"
#include "lt-prestation-editor.h"
#include "lt-store-catalogue.h"
#include "lt-store-private.h"
#include "lt-store-affaires.h"
#include "lt-choice-button.h"
#include "lt-choice-row.h"

#include "store-fixtures.h"

typedef struct {
  char      *dir;
  char      *path;
  LtStore   *store;
  GSettings *settings;
  LtContext *context;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();

  f->store = store_fixture_open ("lettrine-ui-letter-XXXXXX", &f->dir, &f->path);
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
}

static void
iterate (int n)
{
  for (int i = 0; i < n; i++)
    g_main_context_iteration (NULL, FALSE);
}

static GtkWidget *
child (gpointer    widget,
       GType       type,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

/* The switch « consumer » is saved with the affaire and shown again; a new
 * affaire's vigilance reads « not assessed ». */
static void
test_consumer_switch (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *editor = lt_affaire_editor_new (f->context);
  GtkSwitch *consumer;
  LtChoiceRow *vigilance;
  g_autoptr(LtAffaire) stored = NULL;
  gint64 id;

  gtk_window_set_child (GTK_WINDOW (window), editor);
  gtk_window_present (GTK_WINDOW (window));
  lt_affaire_editor_set_affaire (LT_AFFAIRE_EDITOR (editor), NULL);
  iterate (10);

  consumer = GTK_SWITCH (child (editor, LT_TYPE_AFFAIRE_EDITOR, "consumer_switch"));
  vigilance = LT_CHOICE_ROW (child (editor, LT_TYPE_AFFAIRE_EDITOR, "vigilance_row"));
  g_assert_false (gtk_switch_get_active (consumer));
  g_assert_cmpuint (lt_choice_row_get_selected (vigilance), ==, LT_VIGILANCE_NOT_ASSESSED);
  {
    g_autoptr(GObject) item = g_list_model_get_item (lt_choice_row_get_model (vigilance), LT_VIGILANCE_NOT_ASSESSED);

    g_assert_cmpstr (gtk_string_object_get_string (GTK_STRING_OBJECT (item)), ==,
                     lt_enum_to_label (LT_TYPE_VIGILANCE, LT_VIGILANCE_NOT_ASSESSED));
  }

  gtk_editable_set_text (GTK_EDITABLE (child (editor, LT_TYPE_AFFAIRE_EDITOR, "name_row")), "SCI Les Tilleuls");
  gtk_switch_set_active (consumer, TRUE);
  lt_choice_row_set_selected (vigilance, LT_VIGILANCE_SIMPLIFIED);
  g_assert_true (lt_affaire_editor_save (LT_AFFAIRE_EDITOR (editor)));
  iterate (20);

  id = lt_affaire_editor_get_affaire_id (LT_AFFAIRE_EDITOR (editor));
  g_assert_cmpint (id, >, 0);
  stored = lt_store_get_affaire (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_true (lt_affaire_get_consumer (stored));
  g_assert_cmpint (lt_affaire_get_vigilance (stored), ==, LT_VIGILANCE_SIMPLIFIED);

  /* a new affaire empties the switch; the stored one shows it again */
  lt_affaire_editor_set_affaire (LT_AFFAIRE_EDITOR (editor), NULL);
  iterate (10);
  g_assert_false (gtk_switch_get_active (consumer));
  lt_affaire_editor_set_affaire (LT_AFFAIRE_EDITOR (editor), stored);
  iterate (10);
  g_assert_true (gtk_switch_get_active (consumer));

  gtk_window_destroy (GTK_WINDOW (window));
  iterate (20);
}

/* Préférences › Cabinet: the médiateur's three rows save the firm. */
static void
test_mediator_rows (Fixture       *f,
                    gconstpointer  data)
{
  static const struct { const char *field; const char *text; } rows[] = {
    { "mediator-name", "CNPM Médiation Consommation" },
    { "mediator-address", "27 avenue de la Libération, 42400 Saint-Chamond" },
    { "mediator-website", "www.cnpm-mediation-consommation.eu" },
  };
  g_autoptr(GError) error = NULL;
  GtkWidget *window = adw_preferences_window_new ();
  LtFirmPreferencesPage *page = LT_FIRM_PREFERENCES_PAGE (lt_firm_preferences_page_new (f->context));
  g_autoptr(LtFirm) firm = NULL;

  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (window), ADW_PREFERENCES_PAGE (page));
  gtk_window_present (GTK_WINDOW (window));

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      AdwEntryRow *row = lt_firm_preferences_page_get_row (page, rows[i].field);

      g_assert_nonnull (row);
      gtk_editable_set_text (GTK_EDITABLE (row), rows[i].text);
      g_signal_emit_by_name (row, "apply");
      g_assert_null (lt_firm_preferences_page_get_error (page));
    }

  firm = lt_store_get_firm (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (lt_firm_get_mediator_name (firm), ==, rows[0].text);
  g_assert_cmpstr (lt_firm_get_mediator_address (firm), ==, rows[1].text);
  g_assert_cmpstr (lt_firm_get_mediator_website (firm), ==, rows[2].text);

  gtk_window_destroy (GTK_WINDOW (window));
  iterate (20);
}

/* The prestation editor's « Mission and norm »: its items are the labels
 * of LtMission in order; the choice is saved and shown again. */
static void
test_mission_dropdown (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *editor = lt_prestation_editor_new (f->context);
  g_autoptr(LtPrestation) stored = NULL;
  LtChoiceButton *dropdown;
  GListModel *items;
  gint64 id;

  lt_store_exec (f->store,
                 "INSERT INTO categories (id, name) VALUES (1, 'Social');"
                 "INSERT INTO prestations (id, family_id, category_id, name, price_cents, recurrence, mission)"
                 "  VALUES (10, 10, 1, 'Bulletins de paie', 2500, 'monthly', 'social');",
                 &error);
  g_assert_no_error (error);

  gtk_window_set_child (GTK_WINDOW (window), editor);
  gtk_window_present (GTK_WINDOW (window));
  dropdown = LT_CHOICE_BUTTON (child (editor, LT_TYPE_PRESTATION_EDITOR, "mission_dropdown"));
  items = lt_choice_button_get_model (dropdown);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, LT_MISSION_ADVISORY + 1);
  for (int m = LT_MISSION_PRESENTATION; m <= LT_MISSION_ADVISORY; m++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, m);

      g_assert_cmpstr (gtk_string_object_get_string (GTK_STRING_OBJECT (item)), ==,
                       lt_enum_to_label (LT_TYPE_MISSION, m));
    }

  g_assert_true (lt_prestation_editor_load (LT_PRESTATION_EDITOR (editor), 10, &error));
  g_assert_no_error (error);
  iterate (10);
  g_assert_cmpuint (lt_choice_button_get_selected (dropdown), ==, LT_MISSION_SOCIAL);
  g_assert_false (lt_prestation_editor_get_modified (LT_PRESTATION_EDITOR (editor)));

  lt_choice_button_set_selected (dropdown, LT_MISSION_ATTESTATION);
  g_assert_true (lt_prestation_editor_get_modified (LT_PRESTATION_EDITOR (editor)));
  g_assert_true (lt_prestation_editor_save (LT_PRESTATION_EDITOR (editor), &error));
  g_assert_no_error (error);
  iterate (20);

  id = lt_prestation_get_id (lt_prestation_editor_get_prestation (LT_PRESTATION_EDITOR (editor)));
  stored = lt_store_get_prestation (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lt_prestation_get_mission (stored), ==, LT_MISSION_ATTESTATION);

  gtk_window_destroy (GTK_WINDOW (window));
  iterate (20);
}

/* A long first exercice typed in the company file is saved; one that does
 * not end on the closing date is refused at its row, as typed. */
static void
test_exercice_rows (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *editor = lt_affaire_editor_new (f->context);
  g_autoptr(LtAffaire) stored = NULL;
  GtkWidget *start, *end;

  gtk_window_set_child (GTK_WINDOW (window), editor);
  gtk_window_present (GTK_WINDOW (window));
  lt_affaire_editor_set_affaire (LT_AFFAIRE_EDITOR (editor), NULL);
  iterate (10);

  start = child (editor, LT_TYPE_AFFAIRE_EDITOR, "exercice_start_row");
  end = child (editor, LT_TYPE_AFFAIRE_EDITOR, "exercice_end_row");
  gtk_editable_set_text (GTK_EDITABLE (child (editor, LT_TYPE_AFFAIRE_EDITOR, "name_row")), "Atelier Lenoir");
  gtk_editable_set_text (GTK_EDITABLE (start), "01/07/2025");
  gtk_editable_set_text (GTK_EDITABLE (end), "30/06/2026");
  g_assert_false (lt_affaire_editor_save (LT_AFFAIRE_EDITOR (editor)));   /* clôture 31/12 */
  g_assert_true (gtk_widget_has_css_class (end, "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (end)), ==, "30/06/2026");

  gtk_editable_set_text (GTK_EDITABLE (end), "31/12/2026");
  g_assert_true (lt_affaire_editor_save (LT_AFFAIRE_EDITOR (editor)));
  iterate (20);
  stored = lt_store_get_affaire (f->store, lt_affaire_editor_get_affaire_id (LT_AFFAIRE_EDITOR (editor)), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (lt_affaire_get_exercice_start (stored), ==, "2025-07-01");
  g_assert_cmpstr (lt_affaire_get_exercice_end (stored), ==, "2026-12-31");

  gtk_window_destroy (GTK_WINDOW (window));
  iterate (20);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/letter/consumer-switch", Fixture, NULL, fixture_set_up, test_consumer_switch, fixture_tear_down);
  g_test_add ("/ui/letter/mission-dropdown", Fixture, NULL, fixture_set_up, test_mission_dropdown, fixture_tear_down);
  g_test_add ("/ui/letter/exercice-rows", Fixture, NULL, fixture_set_up, test_exercice_rows, fixture_tear_down);
  g_test_add ("/ui/letter/mediator-rows", Fixture, NULL, fixture_set_up, test_mediator_rows, fixture_tear_down);

  return g_test_run ();
}
