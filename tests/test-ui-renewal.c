/* test-ui-renewal.c: the renewal dialog on the demo — archived prestations kept by hand, a waiting draft replaced or kept */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <glib/gstdio.h>
#include <string.h>

#include "lt-context.h"
#include "lt-renewal-dialog.h"
#include "lt-store-affaires.h"
#include "lt-store-catalogue-ops.h"
#include "lt-store-demo.h"
#include "lt-store-document-ops.h"

#include "store-fixtures.h"
#include "ui-fixtures.h"

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

  f->store = store_fixture_open_demo ("lettrine-ui-renewal-XXXXXX", &f->dir, &f->path);
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

static guint
count_drafts (Fixture *f,
              gint64   affaire)
{
  g_autoptr(GPtrArray) docs = lt_store_load_affaire_documents (f->store, affaire, NULL);
  guint n = 0;

  for (guint i = 0; i < docs->len; i++)
    if (lt_document_get_state (g_ptr_array_index (docs, i)) == LT_DOCUMENT_STATE_DRAFT)
      n++;
  return n;
}

static void
run_to_end (LtRenewalDialog *dialog)
{
  for (int i = 0; i < 500 && lt_renewal_dialog_is_running (dialog); i++)
    iterate (10);
  g_assert_false (lt_renewal_dialog_is_running (dialog));
}

static LtRenewalDialog *
open_dialog (Fixture *f,
             gint64   id)
{
  LtRenewalDialog *dialog = LT_RENEWAL_DIALOG (lt_renewal_dialog_new (f->context, &id, 1));

  g_object_ref_sink (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  iterate (50);
  return dialog;
}

static void
close_dialog (LtRenewalDialog *dialog)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  iterate (20);
  g_assert_finalize_object (dialog);
}

/* Renewing Cabinet Morel a second time asks about the draft that waits:
 * Cancel writes nothing, Replace leaves one draft, Keep both two. */
static void
test_waiting_draft (Fixture       *f,
                    gconstpointer  data)
{
  gint64 morel = demo_client_id (f->store, "Cabinet dentaire du Dr Morel");
  LtRenewalDialog *dialog;
  AdwMessageDialog *question;
  const char *answers[] = { "cancel", "replace", "keep" };
  const guint expected[] = { 1, 1, 2 };

  dialog = open_dialog (f, morel);
  g_assert_cmpuint (g_list_model_get_n_items (lt_renewal_dialog_get_rows (dialog)), ==, 2);   /* client + Bilan */

  /* The effective date as typed; a date that is none is refused. */
  lt_renewal_dialog_set_effective_on (dialog, "31/02/2027");
  g_assert_false (lt_renewal_dialog_preview (dialog));
  g_assert_cmpstr (lt_renewal_dialog_get_message (dialog), !=, "");
  lt_renewal_dialog_set_effective_on (dialog, "01/03/2027");
  g_assert_true (lt_renewal_dialog_preview (dialog));
  g_assert_cmpstr (lt_renewal_plan_get_effective_on (lt_renewal_dialog_get_plan (dialog)), ==, "2027-03-01");
  lt_renewal_dialog_apply (dialog);
  g_assert_null (lt_renewal_dialog_get_draft_dialog (dialog));
  run_to_end (dialog);
  g_assert_cmpuint (count_drafts (f, morel), ==, 1);
  iterate (20);

  for (guint i = 0; i < G_N_ELEMENTS (answers); i++)
    {
      LtRenewalDialog *again = open_dialog (f, morel);

      g_assert_nonnull (strstr (lt_renewal_dialog_get_message (again), "already has a replacement engagement letter draft"));
      lt_renewal_dialog_apply (again);
      question = lt_renewal_dialog_get_draft_dialog (again);
      g_assert_nonnull (question);
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (question)));
      g_assert_nonnull (strstr (adw_message_dialog_get_body (question), "Cabinet dentaire du Dr Morel"));
      g_assert_false (lt_renewal_dialog_is_running (again));
      adw_message_dialog_response (question, answers[i]);
      iterate (20);
      g_assert_null (lt_renewal_dialog_get_draft_dialog (again));
      run_to_end (again);
      g_assert_cmpuint (count_drafts (f, morel), ==, expected[i]);
      close_dialog (again);
    }

  if (gtk_widget_get_visible (GTK_WIDGET (dialog)))
    close_dialog (dialog);
  else
    g_object_unref (dialog);
}

/* Le Bistrot's « Tenue comptable » archived since: its row says so, is
 * left out of the totals, and its check keeps it. */
static void
test_archived_line (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 bistrot = demo_client_id (f->store, "Le Bistrot de la Croix-Rousse");
  g_autoptr(LtRenewalPlan) probe = NULL;
  LtRenewalDialog *dialog;
  LtRenewalClient *client;
  GListModel *rows;
  gint64 ny;

  dialog = open_dialog (f, bistrot);
  client = lt_renewal_plan_get_client (lt_renewal_dialog_get_plan (dialog), 0);
  g_assert_true (lt_store_catalogue_archive_prestation (f->store,
                                                        ((LtRenewalLine *) g_ptr_array_index (client->lines, 0))->new_prestation_id,
                                                        TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (lt_renewal_dialog_preview (dialog));
  iterate (50);

  rows = lt_renewal_dialog_get_rows (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 3);
  lt_renewal_plan_get_totals (lt_renewal_dialog_get_plan (dialog), NULL, &ny, NULL, NULL);
  g_assert_cmpint (ny, ==, 165600);   /* only the Bilan: 1 600 × 1,035 */

  /* The row's check keeps the tenue. */
  {
    GtkWidget *check = NULL;

    for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (dialog)); w != NULL; )
      {
        if (GTK_IS_CHECK_BUTTON (w) && gtk_widget_get_visible (w) &&
            gtk_widget_get_tooltip_text (w) != NULL &&
            g_str_equal (gtk_widget_get_tooltip_text (w), "Keep this archived prestation"))
          {
            check = w;
            break;
          }
        /* depth-first walk */
        if (gtk_widget_get_first_child (w) != NULL)
          w = gtk_widget_get_first_child (w);
        else
          {
            while (w != NULL && gtk_widget_get_next_sibling (w) == NULL)
              {
                w = gtk_widget_get_parent (w);
                if (w == GTK_WIDGET (dialog))
                  w = NULL;
              }
            if (w != NULL)
              w = gtk_widget_get_next_sibling (w);
          }
      }
    g_assert_nonnull (check);
    g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
    gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
    iterate (50);
  }

  lt_renewal_plan_get_totals (lt_renewal_dialog_get_plan (dialog), NULL, &ny, NULL, NULL);
  g_assert_cmpint (ny, ==, 165600 + 20700 * 12);
  probe = g_object_ref (lt_renewal_dialog_get_plan (dialog));
  g_assert_true (((LtRenewalLine *) g_ptr_array_index (lt_renewal_plan_get_client (probe, 0)->lines, 0))->kept);

  close_dialog (dialog);
}

int
main (int argc, char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui-renewal/waiting-draft", Fixture, NULL, fixture_set_up, test_waiting_draft, fixture_tear_down);
  g_test_add ("/ui-renewal/archived-line", Fixture, NULL, fixture_set_up, test_archived_line, fixture_tear_down);

  return g_test_run ();
}
