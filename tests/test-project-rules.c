/* test-project-rules.c: every refusal of projects, assignments and « terminée », the e-mail, the workload */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "lt-date.h"
#include "lt-error.h"
#include "lt-project-rules.h"
#include "lt-working-days.h"
#include "lt-workload.h"

static void
test_project (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (lt_project_rules_check_project ("Entrée en relation", "2027-01-01", "2027-03-31", &error));
  g_assert_no_error (error);

  g_assert_false (lt_project_rules_check_project ("  ", "2027-01-01", "2027-03-31", &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_NAME_REQUIRED);
  g_clear_error (&error);

  g_assert_false (lt_project_rules_check_project ("P", "2027-04-01", "2027-03-31", &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_END_BEFORE_START);
  g_assert_nonnull (strstr (error->message, "31/03/2027"));
  g_assert_nonnull (strstr (error->message, "01/04/2027"));
  g_clear_error (&error);

  g_assert_false (lt_project_rules_check_project ("P", "2027-02-30", "2027-03-31", &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_INVALID_DATE);
  g_clear_error (&error);

  g_assert_false (lt_project_rules_check_project ("P", "2027-01-01", NULL, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_INVALID_DATE);
}

static void
test_client_and_staff (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (lt_project_rules_check_client ("Dupont SARL", LT_AFFAIRE_STATE_CLIENT, NULL));
  g_assert_false (lt_project_rules_check_client ("Dupont SARL", LT_AFFAIRE_STATE_PROSPECT, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_NOT_A_CLIENT);
  g_assert_nonnull (strstr (error->message, "« Dupont SARL »"));
  g_assert_nonnull (strstr (error->message, "prospect"));
  g_clear_error (&error);

  g_assert_true (lt_project_rules_check_staff ("Marie Martin", TRUE, NULL));
  g_assert_false (lt_project_rules_check_staff ("Marie Martin", FALSE, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_STAFF_INACTIVE);
  g_assert_nonnull (strstr (error->message, "« Marie Martin »"));
  g_clear_error (&error);

  g_assert_true (lt_project_rules_check_not_generated (FALSE, NULL));
  g_assert_false (lt_project_rules_check_not_generated (TRUE, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_ALREADY_GENERATED);
}

static void
test_assignment (void)
{
  g_autoptr(GError) error = NULL;
  const char *ps = "2027-01-01", *pe = "2027-03-31";

  /* a symbolic euro is a price */
  g_assert_true (lt_project_rules_check_assignment ("Lettre de mission", ps, pe, ps, pe, 100, &error));
  g_assert_no_error (error);

  g_assert_false (lt_project_rules_check_assignment ("Lettre de mission", ps, pe, ps, pe, 0, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_PRICE_REQUIRED);
  g_assert_nonnull (strstr (error->message, "« Lettre de mission »"));
  g_assert_nonnull (strstr (error->message, "1 €"));
  g_clear_error (&error);

  g_assert_false (lt_project_rules_check_assignment ("Lettre de mission", ps, pe, ps, pe, -1, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_PRICE_REQUIRED);
  g_clear_error (&error);

  g_assert_false (lt_project_rules_check_assignment ("Tenue comptable", ps, pe, ps, "2027-06-30", 100000, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_DATE_AFTER_PROJECT_END);
  g_assert_cmpstr (error->message, ==,
                   "The prestation « Tenue comptable » ends on 30/06/2027, after the end of the project on 31/03/2027: "
                   "bring its end forward or extend the project.");
  g_clear_error (&error);

  g_assert_false (lt_project_rules_check_assignment ("Tenue comptable", ps, pe, "2026-12-15", pe, 100000, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_DATE_BEFORE_PROJECT_START);
  g_assert_nonnull (strstr (error->message, "15/12/2026"));
  g_assert_nonnull (strstr (error->message, "01/01/2027"));
  g_clear_error (&error);

  g_assert_false (lt_project_rules_check_assignment ("Tenue comptable", ps, pe, "2027-03-01", "2027-02-01", 100000, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_END_BEFORE_START);
  g_clear_error (&error);

  g_assert_false (lt_project_rules_check_assignment ("Tenue comptable", ps, pe, "", pe, 100000, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_INVALID_DATE);
}

static void
test_status (void)
{
  LtTaskPredecessor preds[] = {
    { "Collecter les statuts", LT_STEP_KIND_REQUEST, FALSE },
    { "Vérifier l’identité", LT_STEP_KIND_TASK, FALSE },
  };

  g_assert_cmpint (lt_project_rules_task_status (LT_STEP_KIND_TASK, FALSE, FALSE, NULL, 0), ==, LT_TASK_STATUS_TODO);
  g_assert_cmpint (lt_project_rules_task_status (LT_STEP_KIND_TASK, FALSE, FALSE, preds, 2), ==, LT_TASK_STATUS_WAITING_CLIENT);
  g_assert_cmpint (lt_project_rules_task_status (LT_STEP_KIND_TASK, FALSE, FALSE, &preds[1], 1), ==, LT_TASK_STATUS_BLOCKED);
  g_assert_cmpint (lt_project_rules_task_status (LT_STEP_KIND_TASK, TRUE, FALSE, preds, 2), ==, LT_TASK_STATUS_DONE);
  g_assert_cmpint (lt_project_rules_task_status (LT_STEP_KIND_REQUEST, FALSE, TRUE, NULL, 0), ==, LT_TASK_STATUS_SENT);
  preds[0].finished = TRUE;
  preds[1].finished = TRUE;
  g_assert_cmpint (lt_project_rules_task_status (LT_STEP_KIND_TASK, FALSE, FALSE, preds, 2), ==, LT_TASK_STATUS_TODO);
}

static void
test_can_finish (void)
{
  LtTaskPredecessor preds[] = {
    { "Collecter les statuts", LT_STEP_KIND_REQUEST, FALSE },
    { "Vérifier l’identité", LT_STEP_KIND_TASK, FALSE },
  };
  g_autoptr(GError) error = NULL;

  g_assert_false (lt_project_rules_check_can_finish ("Rédiger la lettre", preds, 2, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_TASK_BLOCKED);
  g_assert_nonnull (strstr (error->message, "« Collecter les statuts »"));
  g_assert_nonnull (strstr (error->message, "« Vérifier l’identité »"));
  g_clear_error (&error);

  preds[1].finished = TRUE;
  g_assert_false (lt_project_rules_check_can_finish ("Rédiger la lettre", preds, 2, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_TASK_BLOCKED);
  g_assert_nonnull (strstr (error->message, "client"));
  g_assert_null (strstr (error->message, "identité"));
  g_clear_error (&error);

  preds[0].finished = TRUE;
  g_assert_true (lt_project_rules_check_can_finish ("Rédiger la lettre", preds, 2, &error));
  g_assert_no_error (error);
}

static void
test_mailto (void)
{
  const char *titles[] = { "Statuts à jour", "Kbis & RIB", NULL };
  g_autofree char *uri = lt_project_rules_requests_mailto ("contact@dupont.fr", "Dupont SARL", "Cabinet Martin", titles);
  g_autoptr(GUri) parsed = NULL;
  g_autofree char *body = NULL;

  g_assert_true (g_str_has_prefix (uri, "mailto:contact@dupont.fr?subject="));
  g_assert_null (strchr (uri, ' '));
  g_assert_null (strstr (uri, "& "));
  parsed = g_uri_parse (uri, G_URI_FLAGS_ENCODED, NULL);
  g_assert_nonnull (parsed);

  body = g_uri_unescape_string (strstr (uri, "body=") + 5, NULL);
  g_assert_nonnull (strstr (body, "- Statuts à jour\r\n"));
  g_assert_nonnull (strstr (body, "- Kbis & RIB\r\n"));
  g_assert_nonnull (strstr (body, "Cabinet Martin"));
}

static void
test_summary (void)
{
  g_autofree char *s = lt_project_rules_generated_summary (14, 3, "Dupont SARL");
  g_autofree char *t = lt_project_rules_generated_summary (1, 0, "Dupont SARL");

  g_assert_cmpstr (s, ==, "14 tasks created, 3 demandes to send to Dupont SARL, each on its date");
  g_assert_cmpstr (t, ==, "1 task created");
}

static GDate
d (const char *iso)
{
  GDate date;

  g_assert_true (lt_date_from_iso (iso, &date));
  return date;
}

/* Week of 4 May 2026 has 8 mai: 4 working days, 35 h → 28 h of capacity. */
static void
test_workload (void)
{
  LtWorkloadTask tasks[] = {
    { 1, d ("2026-05-04"), 2, FALSE },   /* 14 h */
    { 1, d ("2026-05-07"), 1, TRUE },    /*  7 h */
    { 1, d ("2026-05-05"), -1, TRUE },   /*  1 h */
    { 2, d ("2026-05-06"), 5, FALSE },   /* 35 h: Paul works 39 h */
    { 1, d ("2026-05-19"), 5, TRUE },    /* a week without holiday: 35 h of 35 */
    { 0, d ("2026-05-12"), 5, TRUE },    /* nobody: left out */
  };
  const LtWorkloadCapacity capacities[] = { { 1, 35 }, { 2, 39 } };
  g_autoptr(GArray) weeks = lt_workload_compute (tasks, G_N_ELEMENTS (tasks), capacities, 2);
  g_autoptr(GArray) overloads = NULL;
  LtWorkloadWeek *w;

  g_assert_cmpuint (weeks->len, ==, 3);
  w = &g_array_index (weeks, LtWorkloadWeek, 0);
  g_assert_cmpint (w->staff_id, ==, 1);
  g_assert_cmpuint (w->n_tasks, ==, 3);
  g_assert_cmpuint (w->n_new_tasks, ==, 2);
  g_assert_cmpint (w->load_hours, ==, 22);
  g_assert_cmpint (w->capacity_hours, ==, 28);
  g_assert_false (lt_workload_week_is_overloaded (w));

  w = &g_array_index (weeks, LtWorkloadWeek, 1);
  g_assert_cmpint (w->load_hours, ==, 35);
  g_assert_cmpint (w->capacity_hours, ==, 35);
  g_assert_false (lt_workload_week_is_overloaded (w));

  /* Paul's week has the holiday too: 39 × 4 / 5 = 31 h < 35 h */
  w = &g_array_index (weeks, LtWorkloadWeek, 2);
  g_assert_cmpint (w->staff_id, ==, 2);
  g_assert_cmpint (w->capacity_hours, ==, 31);
  g_assert_true (lt_workload_week_is_overloaded (w));

  /* Paul's overload holds no new task: no warning for this project */
  overloads = lt_workload_new_overloads (weeks);
  g_assert_cmpuint (overloads->len, ==, 0);
  g_clear_pointer (&overloads, g_array_unref);
  g_clear_pointer (&weeks, g_array_unref);

  tasks[1].delay_days = 2;   /* 14 h instead of 7: 29 h > 28 h */
  weeks = lt_workload_compute (tasks, G_N_ELEMENTS (tasks), capacities, 2);
  overloads = lt_workload_new_overloads (weeks);
  g_assert_cmpuint (overloads->len, ==, 1);
  g_assert_cmpint (g_array_index (overloads, LtWorkloadWeek, 0).staff_id, ==, 1);
}

/* The French a user reads, from po/fr.po: the wording the issue asks for. */
static void
test_french_messages (void)
{
  const char *src = g_getenv ("LETTRINE_SOURCE_DIR");
  g_autofree char *path = NULL;
  g_autofree char *po = NULL;

  if (src == NULL)
    {
      g_test_skip ("LETTRINE_SOURCE_DIR is not set");
      return;
    }

  path = g_build_filename (src, "po", "fr.po", NULL);
  g_assert_true (g_file_get_contents (path, &po, NULL, NULL));
  g_assert_nonnull (strstr (po,
    "msgid \"The prestation « %s » ends on %s, after the end of the project on %s: bring its end forward or extend the project.\"\n"
    "msgstr \"La prestation « %s » finit le %s, après la fin du projet le %s : avancez sa fin ou prolongez le projet.\"\n"));
  g_assert_nonnull (strstr (po,
    "msgid_plural \"%u tasks created\"\n"
    "msgstr[0] \"%u tâche créée\"\n"
    "msgstr[1] \"%u tâches créées\"\n"));
  g_assert_nonnull (strstr (po,
    "msgid_plural \"%u demandes to send to %s, each on its date\"\n"
    "msgstr[0] \"%u demande à envoyer à %s, à sa date\"\n"
    "msgstr[1] \"%u demandes à envoyer à %s, chacune à sa date\"\n"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/project-rules/project", test_project);
  g_test_add_func ("/project-rules/client-and-staff", test_client_and_staff);
  g_test_add_func ("/project-rules/assignment", test_assignment);
  g_test_add_func ("/project-rules/status", test_status);
  g_test_add_func ("/project-rules/can-finish", test_can_finish);
  g_test_add_func ("/project-rules/mailto", test_mailto);
  g_test_add_func ("/project-rules/summary", test_summary);
  g_test_add_func ("/workload/weeks", test_workload);
  g_test_add_func ("/project-rules/french", test_french_messages);

  return g_test_run ();
}
