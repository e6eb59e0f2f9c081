/* test-store-mail.c: a demande's mail recorded — intent first, then sent; never twice, even when the recording fails */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "lettrine-core.h"
#include "lt-store-affaires.h"
#include "lt-store-catalogue.h"
#include "lt-store-mail.h"
#include "lt-store-private.h"
#include "lt-store-project-ops.h"
#include "lt-store-projects.h"

typedef struct {
  char    *dir;
  LtStore *store;
  gint64   affaire_id;
  gint64   due;
  gint64   later;
} Fixture;

static gint64
add_request (LtStore    *store,
             gint64      affaire_id,
             const char *title,
             const char *start)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtTask) task = g_object_new (LT_TYPE_TASK, "affaire-id", affaire_id, "kind", LT_STEP_KIND_REQUEST,
                                         "title", title, "period", "2027-11", "start-date", start,
                                         "due-date", "2027-12-16", NULL);

  lt_store_add_task (store, task, &error);
  g_assert_no_error (error);
  return lt_task_get_id (task);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(LtAffaire) affaire = g_object_new (LT_TYPE_AFFAIRE, "name", "Le Bistrot", "state", LT_AFFAIRE_STATE_CLIENT,
                                                "letter-outside-date", "2020-01-02", "letter-outside-reference", "LM-2020-1", NULL);
  g_autoptr(LtContact) contact = NULL;
  g_autoptr(LtFirm) firm = NULL;

  f->dir = g_dir_make_tmp ("lettrine-store-mail-XXXXXX", &error);
  path = g_build_filename (f->dir, "cabinet.db", NULL);
  f->store = lt_store_open (path, &error);
  g_assert_no_error (error);
  firm = lt_store_get_firm (f->store, &error);
  lt_firm_set_name (firm, "Cabinet Durand");
  lt_firm_set_email (firm, "contact@cabinet-durand.fr");
  lt_firm_set_signatory_name (firm, "Paul Durand");
  g_assert_true (lt_store_update_firm (f->store, firm, &error));
  g_assert_true (lt_store_add_affaire (f->store, affaire, &error));
  f->affaire_id = lt_affaire_get_id (affaire);
  /* the signatory's address comes first */
  contact = g_object_new (LT_TYPE_CONTACT, "affaire-id", f->affaire_id, "name", "Compta", "email", "compta@bistrot.fr", NULL);
  g_assert_true (lt_store_add_contact (f->store, contact, &error));
  g_clear_object (&contact);
  contact = g_object_new (LT_TYPE_CONTACT, "affaire-id", f->affaire_id, "name", "Élise Lenoir",
                          "email", "elise@bistrot.fr", "is-signatory", TRUE, NULL);
  g_assert_true (lt_store_add_contact (f->store, contact, &error));
  g_assert_no_error (error);
  f->due = add_request (f->store, f->affaire_id, "Relevés bancaires", "2027-12-01");
  f->later = add_request (f->store, f->affaire_id, "Inventaire", "2027-12-10");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", f->dir);

  g_assert_finalize_object (f->store);
  g_assert_cmpint (system (cmd), ==, 0);
  g_free (f->dir);
}

static const char *
state_of (Fixture *f,
          gint64   task_id)
{
  g_autoptr(GPtrArray) mails = lt_store_list_request_mails (f->store, task_id, NULL, NULL);
  static char state[16];

  g_assert_nonnull (mails);
  if (mails->len == 0)
    return "none";
  g_strlcpy (state, ((LtRequestMail *) g_ptr_array_index (mails, 0))->state, sizeof state);
  return state;
}

static void
test_due_and_compose (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) due = lt_store_mail_list_due_requests (f->store, "2027-12-01", &error);
  g_autoptr(GDateTime) now = g_date_time_new_utc (2027, 12, 1, 8, 0, 0);
  g_autoptr(LtMailMessage) message = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (due->len, ==, 1);
  g_assert_cmpint (lt_task_get_id (g_ptr_array_index (due, 0)), ==, f->due);

  message = lt_store_request_mail_compose (f->store, f->due, now, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (message->to_address, ==, "elise@bistrot.fr");
  g_assert_cmpstr (message->to_name, ==, "Élise Lenoir");
  g_assert_cmpstr (message->from_address, ==, "contact@cabinet-durand.fr");
  g_assert_nonnull (strstr (message->body, "novembre 2027"));
  g_assert_nonnull (strstr (message->body, "16/12/2027"));
  g_assert_nonnull (strstr (message->body, "Paul Durand\r\nCabinet Durand"));
}

static void
test_intent_then_sent (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtTask) task = NULL;
  g_autoptr(GPtrArray) due = NULL;

  g_assert_true (lt_store_request_mail_begin (f->store, f->due, "<a@cabinet-durand.fr>", "elise@bistrot.fr", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (state_of (f, f->due), ==, "sending");

  /* begun and never confirmed: not sent again blindly */
  g_assert_false (lt_store_request_mail_begin (f->store, f->due, "<b@cabinet-durand.fr>", "elise@bistrot.fr", &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_MAIL_UNCONFIRMED);
  g_assert_nonnull (strstr (error->message, "<a@cabinet-durand.fr>"));
  g_clear_error (&error);

  g_assert_true (lt_store_request_mail_sent (f->store, f->due, "<a@cabinet-durand.fr>", "2027-12-01", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (state_of (f, f->due), ==, "sent");
  task = lt_store_task_load (f->store, f->due, &error);
  g_assert_cmpstr (lt_task_get_sent_on (task), ==, "2027-12-01");
  due = lt_store_mail_list_due_requests (f->store, "2027-12-31", &error);
  g_assert_cmpuint (due->len, ==, 1);

  g_assert_false (lt_store_request_mail_begin (f->store, f->due, "<c@cabinet-durand.fr>", "elise@bistrot.fr", &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_MAIL_ALREADY_SENT);
}

static void
test_abandon_and_confirm (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtTask) task = NULL;

  /* refused by the server: the demande stays « à envoyer » */
  g_assert_true (lt_store_request_mail_begin (f->store, f->due, "<a@x.fr>", "elise@bistrot.fr", &error));
  g_assert_true (lt_store_request_mail_abandon (f->store, f->due, "<a@x.fr>", &error));
  g_assert_cmpstr (state_of (f, f->due), ==, "none");

  /* « à vérifier », then the user says it did not go: it may go again */
  g_assert_true (lt_store_request_mail_begin (f->store, f->due, "<b@x.fr>", "elise@bistrot.fr", &error));
  g_assert_true (lt_store_request_mail_confirm (f->store, f->due, NULL, FALSE, NULL, &error));
  g_assert_cmpstr (state_of (f, f->due), ==, "none");
  g_assert_true (lt_store_request_mail_begin (f->store, f->due, "<c@x.fr>", "elise@bistrot.fr", &error));
  g_assert_true (lt_store_request_mail_confirm (f->store, f->due, NULL, TRUE, "2027-12-02", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (state_of (f, f->due), ==, "sent");

  /* composed in the user's application: recorded without a Message-ID */
  g_assert_true (lt_store_request_mail_confirm (f->store, f->later, "elise@bistrot.fr", TRUE, "2027-12-10", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (state_of (f, f->later), ==, "sent");
  task = lt_store_task_load (f->store, f->later, &error);
  g_assert_cmpstr (lt_task_get_sent_on (task), ==, "2027-12-10");
  g_assert_false (lt_store_request_mail_confirm (f->store, f->later, "elise@bistrot.fr", TRUE, NULL, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_MAIL_ALREADY_SENT);
}

/* The server took the mail, then recording it fails (disk gone): the
 * intent stays, so the next round says « à vérifier » and sends nothing. */
static void
test_recording_fails (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtTask) task = NULL;

  g_assert_true (lt_store_request_mail_begin (f->store, f->due, "<a@x.fr>", "elise@bistrot.fr", &error));
  for (int n = 0; n < 6; n++)
    {
      lt_store_set_fail_after_statements (f->store, n);
      g_assert_false (lt_store_request_mail_sent (f->store, f->due, "<a@x.fr>", "2027-12-01", &error));
      g_assert_error (error, LT_ERROR, LT_ERROR_IO);
      g_clear_error (&error);
      lt_store_set_fail_after_statements (f->store, -1);
      g_assert_cmpstr (state_of (f, f->due), ==, "sending");
      task = lt_store_task_load (f->store, f->due, &error);
      g_assert_null (lt_task_get_sent_on (task));
      g_clear_object (&task);
    }
  g_assert_false (lt_store_request_mail_begin (f->store, f->due, "<b@x.fr>", "elise@bistrot.fr", &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_MAIL_UNCONFIRMED);
}

static void
test_settings (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtMailSettings) settings = lt_store_get_mail_settings (f->store, &error);
  g_autoptr(LtMailSettings) again = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (lt_mail_settings_get_mode (settings), ==, "application");
  g_assert_cmpint (lt_mail_settings_get_smtp_port (settings), ==, 587);

  lt_mail_settings_set_mode (settings, "smtp");
  g_assert_false (lt_store_update_mail_settings (f->store, settings, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_MAIL_NOT_CONFIGURED);
  g_clear_error (&error);
  lt_mail_settings_set_smtp_host (settings, "smtp.cabinet-durand.fr");
  lt_mail_settings_set_smtp_security (settings, "none");
  g_assert_false (lt_store_update_mail_settings (f->store, settings, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_MAIL_NOT_CONFIGURED);
  g_clear_error (&error);
  lt_mail_settings_set_smtp_security (settings, "tls");
  lt_mail_settings_set_smtp_port (settings, 465);
  lt_mail_settings_set_smtp_user (settings, "cabinet");
  lt_mail_settings_set_from_address (settings, "pas une adresse");
  g_assert_false (lt_store_update_mail_settings (f->store, settings, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_INVALID_EMAIL);
  g_clear_error (&error);
  lt_mail_settings_set_from_address (settings, "");
  g_assert_true (lt_store_update_mail_settings (f->store, settings, &error));
  g_assert_no_error (error);

  again = lt_store_get_mail_settings (f->store, &error);
  g_assert_true (lt_model_equal (LT_MODEL (again), LT_MODEL (settings)));
  g_assert_true (lt_mail_settings_is_direct (again));
}

/* issue 14: a mail « à vérifier » settled by the user, by its Message-ID */
static void
test_settle (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtTask) task = NULL;
  g_autoptr(GPtrArray) mails = NULL;
  g_autofree char *today = lt_date_today ();

  /* nothing to settle without a mail */
  g_assert_false (lt_store_request_mail_settle (f->store, f->due, "<a@x.fr>", TRUE, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_CONFLICT);
  g_clear_error (&error);

  /* it did not go: « à envoyer » again, and due again */
  g_assert_true (lt_store_request_mail_begin (f->store, f->due, "<a@x.fr>", "elise@bistrot.fr", &error));
  g_assert_true (lt_store_request_mail_settle (f->store, f->due, "<a@x.fr>", FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (state_of (f, f->due), ==, "none");
  mails = lt_store_mail_list_due_requests (f->store, "2027-12-01", &error);
  g_assert_cmpuint (mails->len, ==, 1);
  g_clear_pointer (&mails, g_ptr_array_unref);

  /* another mail begun since the user looked: refused, nothing changed */
  g_assert_true (lt_store_request_mail_begin (f->store, f->due, "<b@x.fr>", "elise@bistrot.fr", &error));
  g_assert_false (lt_store_request_mail_settle (f->store, f->due, "<a@x.fr>", TRUE, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "<b@x.fr>"));
  g_clear_error (&error);
  g_assert_cmpstr (state_of (f, f->due), ==, "sending");

  /* it went: sent with that Message-ID, on the day its sending began */
  g_assert_true (lt_store_request_mail_settle (f->store, f->due, "<b@x.fr>", TRUE, &error));
  g_assert_no_error (error);
  mails = lt_store_list_request_mails (f->store, f->due, "sent", &error);
  g_assert_cmpuint (mails->len, ==, 1);
  g_assert_cmpstr (((LtRequestMail *) g_ptr_array_index (mails, 0))->message_id, ==, "<b@x.fr>");
  g_assert_cmpstr (((LtRequestMail *) g_ptr_array_index (mails, 0))->sent_on, ==, today);
  task = lt_store_task_load (f->store, f->due, &error);
  g_assert_cmpstr (lt_task_get_sent_on (task), ==, today);

  /* sent: never settled again */
  g_assert_false (lt_store_request_mail_settle (f->store, f->due, "<b@x.fr>", FALSE, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_MAIL_ALREADY_SENT);
  g_assert_cmpstr (state_of (f, f->due), ==, "sent");
}

/* issue 14: a demande made from a catalogue step is asked in the step's
 * client wording (its own, else the one made from its title), with the
 * period and the due date; not by the cabinet's task title */
static void
test_compose_client_wording (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2027, 12, 1, 8, 0, 0);
  g_autoptr(LtCategory) category = g_object_new (LT_TYPE_CATEGORY, "name", "Tenue", NULL);
  g_autoptr(LtPrestation) prestation = NULL;
  g_autoptr(LtStep) step = NULL;
  g_autoptr(LtTask) task = NULL;
  g_autoptr(LtMailMessage) message = NULL;
  g_autoptr(LtMailMessage) made = NULL;

  g_assert_true (lt_store_add_category (f->store, category, &error));
  prestation = g_object_new (LT_TYPE_PRESTATION, "name", "Tenue mensuelle", "category-id", lt_category_get_id (category),
                             "recurrence", LT_RECURRENCE_MONTHLY, NULL);
  g_assert_true (lt_store_add_prestation (f->store, prestation, &error));
  step = g_object_new (LT_TYPE_STEP, "prestation-id", lt_prestation_get_id (prestation), "kind", LT_STEP_KIND_REQUEST,
                       "title", "Demander les relevés bancaires du mois",
                       "client-title", "Envoyer les relevés de tous vos comptes", NULL);
  g_assert_true (lt_store_add_step (f->store, step, &error));
  g_assert_no_error (error);
  task = lt_store_task_load (f->store, f->due, &error);
  lt_task_set_step_id (task, lt_step_get_id (step));
  lt_task_set_title (task, "Demander les relevés bancaires du mois — novembre 2027");
  g_assert_true (lt_store_update_task (f->store, task, &error));
  g_assert_no_error (error);

  message = lt_store_request_mail_compose (f->store, f->due, now, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (message->body, "  - Envoyer les relevés de tous vos comptes\r\n"
                                           "  - période concernée : novembre 2027\r\n"));
  g_assert_nonnull (strstr (message->body, "au plus tard le jeudi 16 décembre 2027 (16/12/2027)."));
  g_assert_null (strstr (message->body, "Demander"));
  g_assert_cmpstr (message->subject, ==, "Demande d’informations : Envoyer les relevés de tous vos comptes — novembre 2027, "
                                         "pour le 16/12/2027 (Le Bistrot)");
  /* the mailto: of the client's pending demandes says the same */
  {
    g_autofree char *uri = lt_store_requests_mailto (f->store, f->affaire_id, NULL, 0, &error);
    g_autofree char *body = g_uri_unescape_string (strstr (uri, "body=") + 5, NULL);

    g_assert_nonnull (strstr (body, "- Envoyer les relevés de tous vos comptes — novembre 2027, pour le 16/12/2027\r\n"));
    g_assert_nonnull (strstr (body, "- Inventaire — novembre 2027, pour le 16/12/2027\r\n"));
  }

  /* no wording of its own: the one the annex shows, made from the title */
  lt_step_set_client_title (step, "");
  g_assert_true (lt_store_update_step (f->store, step, &error));
  made = lt_store_request_mail_compose (f->store, f->due, now, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (made->body, "  - Transmettre les relevés bancaires du mois\r\n"));
  g_assert_null (strstr (made->body, "Demander"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/store/mail/due-and-compose", Fixture, NULL, fixture_set_up, test_due_and_compose, fixture_tear_down);
  g_test_add ("/store/mail/intent-then-sent", Fixture, NULL, fixture_set_up, test_intent_then_sent, fixture_tear_down);
  g_test_add ("/store/mail/abandon-and-confirm", Fixture, NULL, fixture_set_up, test_abandon_and_confirm, fixture_tear_down);
  g_test_add ("/store/mail/recording-fails", Fixture, NULL, fixture_set_up, test_recording_fails, fixture_tear_down);
  g_test_add ("/store/mail/settle", Fixture, NULL, fixture_set_up, test_settle, fixture_tear_down);
  g_test_add ("/store/mail/compose-client-wording", Fixture, NULL, fixture_set_up, test_compose_client_wording, fixture_tear_down);
  g_test_add ("/store/mail/settings", Fixture, NULL, fixture_set_up, test_settings, fixture_tear_down);

  return g_test_run ();
}
