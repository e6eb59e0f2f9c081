/* lt-project-rules.c: refusals for projects, assignments and « terminée », with the fix */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-project-rules"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-date.h"
#include "lt-error.h"
#include "lt-project-rules.h"
#include "lt-validate.h"
#include "lt-working-days.h"

static gboolean
parse_date (const char  *iso,
            GDate       *date,
            const char  *what,
            GError     **error)
{
  /* any year: the range is checked after, with its own message */
  if (lt_date_from_iso_since (iso, 1, date))
    return TRUE;

  g_set_error (error, LT_ERROR, LT_ERROR_INVALID_DATE,
               /* Translators: %s is « start date » or « end date » */
               _("The %s is missing or is not a date: write it as DD/MM/YYYY."), what);
  return FALSE;
}

/**
 * lt_project_rules_check_project:
 * @start: the project's start, YYYY-MM-DD
 * @end: the project's end, YYYY-MM-DD
 *
 * A project needs a name, and an end that is not before its start.
 */
gboolean
lt_project_rules_check_project (const char  *name,
                                const char  *start,
                                const char  *end,
                                GError     **error)
{
  GDate s, e;

  if (!lt_validate_name (name, LT_ERROR_NAME_REQUIRED,
                         _("The project has no name: give it one, for example « Entrée en relation »."),
                         error))
    return FALSE;

  if (!parse_date (start, &s, _("start date"), error) ||
      !parse_date (end, &e, _("end date"), error) ||
      !lt_date_check_in_range (start, error) ||
      !lt_date_check_in_range (end, error))
    return FALSE;

  if (g_date_compare (&e, &s) < 0)
    {
      g_autofree char *ds = lt_date_to_display (&s);
      g_autofree char *de = lt_date_to_display (&e);

      g_set_error (error, LT_ERROR, LT_ERROR_END_BEFORE_START,
                   _("The project ends on %s, before it starts on %s: correct its dates."), de, ds);
      return FALSE;
    }

  return TRUE;
}

gboolean
lt_project_rules_check_client (const char      *affaire_name,
                               LtAffaireState   state,
                               GError         **error)
{
  if (state == LT_AFFAIRE_STATE_CLIENT)
    return TRUE;

  g_set_error (error, LT_ERROR, LT_ERROR_NOT_A_CLIENT,
               _("« %s » is still a prospect: projects are for clients only. Have its lettre de mission signed first."),
               affaire_name != NULL ? affaire_name : "");
  return FALSE;
}

gboolean
lt_project_rules_check_staff (const char  *staff_name,
                              gboolean     active,
                              GError     **error)
{
  if (active)
    return TRUE;

  g_set_error (error, LT_ERROR, LT_ERROR_STAFF_INACTIVE,
               _("The intervenant « %s » is deactivated: choose an active intervenant, or reactivate them in the Preferences."),
               staff_name != NULL ? staff_name : "");
  return FALSE;
}

/**
 * lt_project_rules_check_assignment:
 * @price_cents: the price; -1 when empty
 *
 * An assigned prestation has a price (1 € is fine, 0 or empty is not), and
 * dates inside the project's, the end not before the start.
 */
gboolean
lt_project_rules_check_assignment (const char  *prestation_name,
                                   const char  *project_start,
                                   const char  *project_end,
                                   const char  *start,
                                   const char  *end,
                                   gint64       price_cents,
                                   GError     **error)
{
  GDate ps, pe, s, e;
  const char *name = prestation_name != NULL ? prestation_name : "";

  if (price_cents <= 0)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_PRICE_REQUIRED,
                   _("The prestation « %s » has no price: enter one — a symbolic 1 € is enough."), name);
      return FALSE;
    }

  if (!parse_date (start, &s, _("start date"), error) ||
      !parse_date (end, &e, _("end date"), error))
    return FALSE;

  if (g_date_compare (&e, &s) < 0)
    {
      g_autofree char *ds = lt_date_to_display (&s);
      g_autofree char *de = lt_date_to_display (&e);

      g_set_error (error, LT_ERROR, LT_ERROR_END_BEFORE_START,
                   _("The prestation « %s » ends on %s, before it starts on %s: correct its dates."), name, de, ds);
      return FALSE;
    }

  if (!parse_date (project_start, &ps, _("start date"), error) ||
      !parse_date (project_end, &pe, _("end date"), error))
    return FALSE;

  if (g_date_compare (&s, &ps) < 0)
    {
      g_autofree char *ds = lt_date_to_display (&s);
      g_autofree char *dps = lt_date_to_display (&ps);

      g_set_error (error, LT_ERROR, LT_ERROR_DATE_BEFORE_PROJECT_START,
                   _("The prestation « %s » starts on %s, before the start of the project on %s: move its start later or start the project earlier."),
                   name, ds, dps);
      return FALSE;
    }

  if (g_date_compare (&e, &pe) > 0)
    {
      g_autofree char *de = lt_date_to_display (&e);
      g_autofree char *dpe = lt_date_to_display (&pe);

      g_set_error (error, LT_ERROR, LT_ERROR_DATE_AFTER_PROJECT_END,
                   _("The prestation « %s » ends on %s, after the end of the project on %s: bring its end forward or extend the project."),
                   name, de, dpe);
      return FALSE;
    }

  return TRUE;
}

gboolean
lt_project_rules_check_not_generated (gboolean   generated,
                                      GError   **error)
{
  if (!generated)
    return TRUE;

  g_set_error_literal (error, LT_ERROR, LT_ERROR_ALREADY_GENERATED,
                       _("The tasks of this project were already created: change them in the suivi des tâches, or create a new project."));
  return FALSE;
}

/**
 * lt_project_rules_task_status:
 * @finished: tâche done, or demande answered
 * @sent: a demande sent to the client
 *
 * The status the suivi shows: a task waits on the client while a demande
 * it depends on is unanswered, is blocked while another predecessor is not
 * done.
 */
LtTaskStatus
lt_project_rules_task_status (LtStepKind               kind,
                              gboolean                 finished,
                              gboolean                 sent,
                              const LtTaskPredecessor *predecessors,
                              guint                    n_predecessors)
{
  gboolean blocked = FALSE;

  if (finished)
    return LT_TASK_STATUS_DONE;
  if (kind == LT_STEP_KIND_REQUEST && sent)
    return LT_TASK_STATUS_SENT;

  for (guint i = 0; i < n_predecessors; i++)
    {
      if (predecessors[i].finished)
        continue;
      if (predecessors[i].kind == LT_STEP_KIND_REQUEST)
        return LT_TASK_STATUS_WAITING_CLIENT;
      blocked = TRUE;
    }

  return blocked ? LT_TASK_STATUS_BLOCKED : LT_TASK_STATUS_TODO;
}

static char *
join_titles (const LtTaskPredecessor *predecessors,
             guint                    n_predecessors,
             LtStepKind               kind)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < n_predecessors; i++)
    {
      if (predecessors[i].finished || predecessors[i].kind != kind)
        continue;
      if (s->len > 0)
        g_string_append (s, ", ");
      g_string_append_printf (s, "« %s »", predecessors[i].title != NULL ? predecessors[i].title : "");
    }

  gboolean empty = s->len == 0;

  return g_string_free (g_steal_pointer (&s), empty);
}

/**
 * lt_project_rules_check_can_finish:
 *
 * A task is marked done only when nothing it depends on is still open; the
 * message names what it waits on.
 */
gboolean
lt_project_rules_check_can_finish (const char               *title,
                                   const LtTaskPredecessor  *predecessors,
                                   guint                     n_predecessors,
                                   GError                  **error)
{
  g_autofree char *requests = join_titles (predecessors, n_predecessors, LT_STEP_KIND_REQUEST);
  g_autofree char *tasks = join_titles (predecessors, n_predecessors, LT_STEP_KIND_TASK);
  const char *t = title != NULL ? title : "";

  if (requests == NULL && tasks == NULL)
    return TRUE;

  if (requests != NULL && tasks != NULL)
    g_set_error (error, LT_ERROR, LT_ERROR_TASK_BLOCKED,
                 _("« %s » still waits on %s and on the client’s answer to %s: finish those tasks and mark the demandes received first."),
                 t, tasks, requests);
  else if (requests != NULL)
    g_set_error (error, LT_ERROR, LT_ERROR_TASK_BLOCKED,
                 _("« %s » waits on the client’s answer to %s: mark the demande received first."),
                 t, requests);
  else
    g_set_error (error, LT_ERROR, LT_ERROR_TASK_BLOCKED,
                 _("« %s » still waits on %s: finish it first."),
                 t, tasks);

  return FALSE;
}

/**
 * lt_project_rules_requests_mailto:
 * @to: (nullable): the client contact's address
 * @titles: the demandes d'information to list
 *
 * Returns: (transfer full): a mailto: URI with subject and body, every part
 *   escaped.
 */
char *
lt_project_rules_requests_mailto (const char         *to,
                                  const char         *client_name,
                                  const char         *firm_name,
                                  const char * const *titles)
{
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *subject = NULL;
  g_autofree char *e_to = NULL;
  g_autofree char *e_subject = NULL;
  g_autofree char *e_body = NULL;

  g_return_val_if_fail (titles != NULL, NULL);

  subject = g_strdup_printf (_("Documents and information needed — %s"), client_name != NULL ? client_name : "");

  g_string_append (body, _("Hello,"));
  g_string_append (body, "\r\n\r\n");
  g_string_append (body, _("To carry out our mission, here is what we ask of you:"));
  g_string_append (body, "\r\n\r\n");
  for (guint i = 0; titles[i] != NULL; i++)
    g_string_append_printf (body, "- %s\r\n", titles[i]);
  g_string_append (body, "\r\n");
  g_string_append (body, _("Thank you in advance."));
  g_string_append (body, "\r\n");
  if (firm_name != NULL && *firm_name != '\0')
    g_string_append_printf (body, "%s\r\n", firm_name);

  e_to = g_uri_escape_string (to != NULL ? to : "", "@!$'*+,;=:", FALSE);
  e_subject = g_uri_escape_string (subject, NULL, FALSE);
  e_body = g_uri_escape_string (body->str, NULL, FALSE);

  return g_strdup_printf ("mailto:%s?subject=%s&body=%s", e_to, e_subject, e_body);
}

/**
 * lt_project_rules_generated_summary:
 *
 * Returns: (transfer full): what saving a project created, for a toast:
 *   « 14 tâches créées, 3 demandes à envoyer à Dupont SARL, chacune à sa date »
 *   (a demande goes out on its date, not on save).
 */
char *
lt_project_rules_generated_summary (guint       n_tasks,
                                    guint       n_requests,
                                    const char *client_name)
{
  g_autofree char *tasks = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u task created", "%u tasks created", n_tasks), n_tasks);
  g_autofree char *requests = NULL;

  if (n_requests == 0)
    return g_steal_pointer (&tasks);

  requests = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u demande to send to %s on its date", "%u demandes to send to %s, each on its date", n_requests),
                              n_requests, client_name != NULL ? client_name : "");
  return g_strdup_printf ("%s, %s", tasks, requests);
}

/* A project belongs to one client: none chosen yet is refused, naming
 * where to choose it. */
gboolean
lt_project_rules_check_client_chosen (gint64   affaire_id,
                                      GError **error)
{
  if (affaire_id > 0)
    return TRUE;

  g_set_error_literal (error, LT_ERROR, LT_ERROR_NOT_A_CLIENT,
                       _("No client is chosen: choose the client of the project in the « Client » row."));
  return FALSE;
}
