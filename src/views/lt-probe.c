/* lt-probe.c: what the user waits for, measured inside the app (LETTRINE_PROBE=file.json, for `make bench`) */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-probe"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "lt-assignment.h"
#include "lt-context.h"
#include "lt-date.h"
#include "lt-project.h"
#include "lt-store-catalogue.h"
#include "lt-store-projects.h"
#include "lt-probe.h"
#include "lt-probe-stall.h"
#include "lt-query-model.h"
#include "lt-store-project-ops.h"
#include "lt-tasks-page.h"
#include "lt-window.h"

/* A tick every TICK_MS: a longer gap between two is the main loop blocked. */
#define TICK_MS  2
/* The app is idle when nothing was painted nor blocked for this long. */
#define QUIET_US (300 * 1000)

typedef enum {
  PHASE_WINDOW,   /* until the window is realized */
  PHASE_FIRST,    /* until its first frame is painted */
  PHASE_START,    /* until the app is idle */
  PHASE_SEARCH,
  PHASE_WRITE,
  PHASE_SAVE,     /* a project saved with the suivi open */
  PHASE_DONE,
} Phase;

static const char * const phase_names[] = { "window", "first_frame", "start", "search", "write", "save" };
static const char * const words[] = { "d", "de", "dec", "decl", "decla" };

typedef struct {
  char         *path;
  gint64        t0;
  gint64        last_tick;
  gint64        last_activity;   /* a paint or the end of a stall */
  gint64        last_paint;
  gint64        first_frame;
  gint64        idle;
  gint64        max_stall[PHASE_DONE];
  gint64        stall_at[PHASE_DONE];   /* when the longest began */
  gint64        stall_cpu[PHASE_DONE];  /* the main thread's CPU time in it */
  gint64        phase_cpu[PHASE_DONE];  /* the main thread's CPU time in the phase */
  gint64        last_cpu;
  Phase         phase;
  LtWindow     *window;
  GtkWidget    *entry;
  LtQueryModel *tasks;           /* the page's list, read again at each tick:
                                  * a search of another shape makes a new one */
  GtkWidget    *page;
  GString      *keystrokes;      /* JSON objects */
  guint         word;
  gint64        changed_at;      /* search-changed emitted */
  gint64        results_at;      /* the list no longer loading */
  gint64        first_at;        /* the list changed first (its first window) */
  gint64        write_at;
  gint64        write_us;
  gint64        written_id;
  gint64        save_at;
  gint64        save_us;
  guint         saved_tasks;
  gint64        saved_project;
  char         *memory;          /* JSON members */
  guint         n_rows;
} Probe;

static Probe probe;

static gint64
ms (gint64 us)
{
  return us / 1000;
}

static gint64
proc_kb (const char *file,
         const char *key)
{
  g_autofree char *contents = NULL;
  const char *line;

  if (!g_file_get_contents (file, &contents, NULL, NULL) || (line = strstr (contents, key)) == NULL)
    return -1;

  return g_ascii_strtoll (line + strlen (key), NULL, 10);
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gpointer       user_data)
{
  gint64 now = g_get_monotonic_time ();

  if (probe.first_frame == 0)
    probe.first_frame = now;
  probe.last_paint = now;
  probe.last_activity = now;
}

/* One more letter typed at the end, as a user does (setting the whole text
 * would clear it first, and a cleared search entry searches at once). */
static void
on_first_results_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     gpointer    user_data)
{
  if (probe.changed_at != 0 && probe.first_at == 0)
    probe.first_at = g_get_monotonic_time ();
}

static void
type_word (guint word)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (probe.entry));
  int position = -1;

  probe.word = word;
  g_assert (g_str_has_prefix (words[word], text));
  position = (int) strlen (text);
  g_signal_handlers_disconnect_by_func (probe.tasks, on_first_results_cb, NULL);
  g_signal_connect (probe.tasks, "items-changed", G_CALLBACK (on_first_results_cb), NULL);
  gtk_editable_insert_text (GTK_EDITABLE (probe.entry), words[word] + position, -1, &position);
}

static gboolean
on_search_changed_hook (GSignalInvocationHint *hint,
                        guint                  n_params,
                        const GValue          *params,
                        gpointer               user_data)
{
  /* the keystroke's own search, not an intermediate text */
  if (probe.phase == PHASE_SEARCH && probe.changed_at == 0 &&
      g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (probe.entry)), words[probe.word]) == 0)
    probe.changed_at = g_get_monotonic_time ();

  return TRUE;
}

static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
write_report (void)
{
  g_autoptr(GString) json = g_string_new ("{\n");

  g_string_append_printf (json, "  \"first_frame_ms\": %" G_GINT64_FORMAT ",\n", ms (probe.first_frame - probe.t0));
  g_string_append_printf (json, "  \"idle_ms\": %" G_GINT64_FORMAT ",\n", ms (probe.idle - probe.t0));
  g_string_append_printf (json, "  \"rows\": %u,\n", probe.n_rows);
  g_string_append_printf (json, "  \"start_max_stall_ms\": %.1f,\n",
                          MAX (MAX (probe.max_stall[PHASE_WINDOW], probe.max_stall[PHASE_FIRST]),
                               probe.max_stall[PHASE_START]) / 1000.0);
  g_string_append_printf (json, "  \"shown_max_stall_ms\": %.1f,\n", probe.max_stall[PHASE_START] / 1000.0);
  g_string_append_printf (json, "  \"search_max_stall_ms\": %.1f,\n", probe.max_stall[PHASE_SEARCH] / 1000.0);
  g_string_append_printf (json, "  \"write_max_stall_ms\": %.1f,\n", probe.max_stall[PHASE_WRITE] / 1000.0);
  g_string_append_printf (json, "  \"write_ms\": %.1f,\n", probe.write_us / 1000.0);
  g_string_append_printf (json, "  \"save_max_stall_ms\": %.1f,\n", probe.max_stall[PHASE_SAVE] / 1000.0);
  g_string_append_printf (json, "  \"save_ms\": %.1f,\n", probe.save_us / 1000.0);
  g_string_append_printf (json, "  \"saved_tasks\": %u,\n", probe.saved_tasks);
  g_string_append_printf (json, "  %s,\n", probe.memory);
  g_string_append_printf (json, "  \"keystrokes\": [%s],\n", probe.keystrokes->str);
  /* what the main thread ran during the longest stall of each phase */
  g_string_append (json, "  \"stalls\": {");
  for (guint i = 0; i < PHASE_DONE; i++)
    {
      g_string_append_printf (json, "%s\n   \"%s\": {\"ms\": %.1f, \"cpu_ms\": %.1f, \"phase_cpu_ms\": %.1f,"
                              " \"at_ms\": %" G_GINT64_FORMAT ", \"samples\": ",
                              i > 0 ? "," : "", phase_names[i], probe.max_stall[i] / 1000.0,
                              probe.stall_cpu[i] / 1000.0, probe.phase_cpu[i] / 1000.0,
                              probe.stall_at[i] != 0 ? ms (probe.stall_at[i] - probe.t0) : -1);
      lt_probe_stall_json (json, i);
      g_string_append_c (json, '}');
    }
  g_string_append (json, "}\n}\n");

  if (!g_file_set_contents (probe.path, json->str, json->len, NULL))
    g_printerr ("lettrine: the probe could not write %s\n", probe.path);
}

static void
read_memory (void)
{
  probe.memory = g_strdup_printf ("\"rss_kb\": %" G_GINT64_FORMAT ", \"rss_anon_kb\": %" G_GINT64_FORMAT
                                  ", \"anonymous_kb\": %" G_GINT64_FORMAT,
                                  proc_kb ("/proc/self/status", "VmRSS:"), proc_kb ("/proc/self/status", "RssAnon:"),
                                  proc_kb ("/proc/self/smaps_rollup", "\nAnonymous:"));
}

/* A project of three prestations saved for the client of the list's first
 * tâche, from today, as the project editor saves one: its tâches join the
 * suivi. Returns how many it made (0: refused, said on stderr). */
static guint
save_project (LtStore *store)
{
  g_autoptr(LtTask) first = g_list_model_get_item (G_LIST_MODEL (probe.tasks), 0);
  g_autoptr(GListModel) prestations = lt_store_list_prestations (store, 0, NULL, FALSE);
  g_autoptr(LtProject) project = lt_project_new ();
  g_autoptr(GPtrArray) assignments = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(LtProjectOutcome) outcome = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *start = lt_date_today ();
  g_autofree char *end = NULL;
  GDate date;

  if (first == NULL || !lt_date_from_iso (start, &date))
    return 0;
  g_date_add_days (&date, 120);
  end = lt_date_to_iso (&date);
  lt_project_set_affaire_id (project, lt_task_get_affaire_id (first));
  lt_project_set_name (project, "Probe");
  lt_project_set_start_date (project, start);
  lt_project_set_end_date (project, end);
  lt_project_set_staff_id (project, lt_task_get_staff_id (first));
  for (guint i = 0; i < MIN (3, g_list_model_get_n_items (prestations)); i++)
    {
      g_autoptr(GObject) prestation = g_list_model_get_item (prestations, i);
      LtAssignment *a = lt_assignment_new ();
      gint64 id = 0;

      g_object_get (prestation, "id", &id, NULL);
      lt_assignment_set_prestation_id (a, id);
      lt_assignment_set_start_date (a, start);
      lt_assignment_set_end_date (a, end);
      lt_assignment_set_price_cents (a, 100000);
      g_ptr_array_add (assignments, a);
    }

  outcome = lt_store_project_save (store, project, assignments, NULL, &error);
  if (outcome == NULL)
    {
      g_printerr ("lettrine: the probe's project was refused: %s\n", error->message);
      return 0;
    }

  probe.saved_project = outcome->project_id;
  return outcome->n_tasks + outcome->n_requests;
}

/* A tâche of the list that can be marked done (no open predecessor). */
static gint64
find_todo (void)
{
  for (guint i = 0; i < MIN (200, g_list_model_get_n_items (G_LIST_MODEL (probe.tasks))); i++)
    {
      g_autoptr(LtTask) task = g_list_model_get_item (G_LIST_MODEL (probe.tasks), i);

      if (lt_task_get_status (task) == LT_TASK_STATUS_TODO && lt_task_get_kind (task) == LT_STEP_KIND_TASK)
        return lt_task_get_id (task);
    }

  return 0;
}

/* CPU time of the calling (main) thread, µs: what a loaded machine does
 * not inflate as it does wall-clock time */
static gint64
thread_cpu_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static gboolean
settled (gint64 now)
{
  return !lt_query_model_is_loading (probe.tasks) && now - probe.last_activity > QUIET_US;
}

static void
step (gint64 now)
{
  LtStore *store;

  if (probe.page != NULL)
    probe.tasks = LT_QUERY_MODEL (lt_tasks_page_get_tasks (LT_TASKS_PAGE (probe.page)));

  switch (probe.phase)
    {
    case PHASE_WINDOW:
      {
        GtkApplication *app = GTK_APPLICATION (g_application_get_default ());
        GList *windows = app != NULL ? gtk_application_get_windows (app) : NULL;
        GtkWindow *window = windows != NULL ? windows->data : NULL;
        GtkWidget *page;

        if (window == NULL || !LT_IS_WINDOW (window) || !gtk_widget_get_realized (GTK_WIDGET (window)))
          return;
        probe.window = LT_WINDOW (window);
        g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                          G_CALLBACK (on_after_paint_cb), NULL);
        page = lt_window_get_page (probe.window, "tasks");
        probe.page = page;
        probe.tasks = LT_QUERY_MODEL (lt_tasks_page_get_tasks (LT_TASKS_PAGE (page)));
        probe.entry = find_type (page, GTK_TYPE_SEARCH_ENTRY);
        probe.phase = PHASE_FIRST;
      }
      return;

    case PHASE_FIRST:
      if (probe.first_frame != 0)
        probe.phase = PHASE_START;
      return;

    case PHASE_START:
      if (probe.first_frame == 0 || !settled (now))
        return;
      probe.idle = probe.last_activity;
      probe.n_rows = g_list_model_get_n_items (G_LIST_MODEL (probe.tasks));
      read_memory ();
      /* reading smaps_rollup walks the page tables (tens of ms): the
       * probe's own work, not a stall of the app's */
      probe.last_tick = g_get_monotonic_time ();
      probe.last_cpu = thread_cpu_us ();
      lt_probe_stall_tick (probe.last_tick, FALSE, 0);
      probe.phase = PHASE_SEARCH;
      type_word (0);
      return;

    case PHASE_SEARCH:
      if (probe.changed_at == 0)
        return;
      if (probe.results_at == 0 && !lt_query_model_is_loading (probe.tasks))
        probe.results_at = now;
      /* the frame that shows them, if the list changed on screen */
      if (probe.results_at == 0 || now - probe.last_activity < 100 * 1000)
        return;
      g_string_append_printf (probe.keystrokes, "%s{\"text\": \"%s\", \"first_ms\": %.1f, \"results_ms\": %.1f, \"frame_ms\": %.1f,"
                              " \"rows\": %u}",
                              probe.word > 0 ? ", " : "", words[probe.word],
                              /* the list may not change (the same rows): then the full result */
                              ((probe.first_at != 0 ? MIN (probe.first_at, probe.results_at) : probe.results_at)
                               - probe.changed_at) / 1000.0,
                              (probe.results_at - probe.changed_at) / 1000.0,
                              (MAX (probe.last_paint, probe.results_at) - probe.changed_at) / 1000.0,
                              g_list_model_get_n_items (G_LIST_MODEL (probe.tasks)));
      probe.changed_at = probe.results_at = probe.first_at = 0;
      if (probe.word + 1 < G_N_ELEMENTS (words))
        {
          type_word (probe.word + 1);
          return;
        }
      probe.phase = PHASE_WRITE;
      gtk_editable_set_text (GTK_EDITABLE (probe.entry), "");
      return;

    case PHASE_WRITE:
      store = lt_context_get_store (lt_window_get_context (probe.window));
      if (probe.write_at == 0)
        {
          if (!settled (now))
            return;
          /* a write to the tasks with the suivi open: its list follows */
          probe.max_stall[PHASE_WRITE] = 0;
          probe.written_id = find_todo ();
          probe.write_at = g_get_monotonic_time ();
          if (probe.written_id != 0)
            lt_store_task_mark_done (store, probe.written_id, 0, NULL, FALSE, NULL);
          probe.write_us = g_get_monotonic_time () - probe.write_at;
          return;
        }
      if (!settled (now))
        return;
      if (probe.written_id != 0)
        lt_store_task_reopen (store, probe.written_id, 0, NULL);
      probe.phase = PHASE_SAVE;
      return;

    case PHASE_SAVE:
      store = lt_context_get_store (lt_window_get_context (probe.window));
      if (probe.save_at == 0)
        {
          if (!settled (now))
            return;
          probe.max_stall[PHASE_SAVE] = 0;
          probe.save_at = g_get_monotonic_time ();
          probe.saved_tasks = save_project (store);
          probe.save_us = g_get_monotonic_time () - probe.save_at;
          return;
        }
      if (!settled (now))
        return;
      lt_probe_stall_stop ();
      write_report ();
      /* the database as it was, for the next run */
      if (probe.saved_project != 0)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(LtProject) project = lt_store_get_project (store, probe.saved_project, NULL);

          if (project == NULL || !lt_store_delete_project (store, probe.saved_project, lt_project_get_revision (project), &error))
            g_printerr ("lettrine: the probe's project stays: %s\n", error != NULL ? error->message : "not found");
        }
      probe.phase = PHASE_DONE;
      g_application_quit (g_application_get_default ());
      return;

    case PHASE_DONE:
    default:
      return;
    }
}

static gboolean
tick_cb (gpointer user_data)
{
  gint64 now = g_get_monotonic_time ();
  gint64 cpu = thread_cpu_us ();
  gint64 stall = now - probe.last_tick - TICK_MS * 1000;
  gboolean longest = stall > probe.max_stall[probe.phase];

  probe.phase_cpu[probe.phase] += cpu - probe.last_cpu;
  if (longest)
    {
      probe.max_stall[probe.phase] = stall;
      probe.stall_at[probe.phase] = probe.last_tick;
      probe.stall_cpu[probe.phase] = cpu - probe.last_cpu;
    }
  probe.last_cpu = cpu;
  lt_probe_stall_tick (now, longest, probe.phase);
  if (stall > 16 * 1000)
    probe.last_activity = now;
  probe.last_tick = now;

  step (now);

  return probe.phase == PHASE_DONE ? G_SOURCE_REMOVE : G_SOURCE_CONTINUE;
}

/**
 * lt_probe_start:
 *
 * With LETTRINE_PROBE=file.json, measures the start on the page last left
 * (first frame, idle, the longest main-loop stall), the memory once idle,
 * five search keystrokes (« d » … « decla ») and a tâche marked done with
 * the suivi open, writes them to the file and quits. LETTRINE_PROBE_T0:
 * the launcher's g_get_monotonic_time() (µs) when it started the process.
 */
void
lt_probe_start (void)
{
  const char *path = g_getenv ("LETTRINE_PROBE");
  const char *t0 = g_getenv ("LETTRINE_PROBE_T0");

  if (path == NULL || *path == '\0' || probe.path != NULL)
    return;

  probe.path = g_strdup (path);
  probe.last_tick = g_get_monotonic_time ();
  probe.last_cpu = thread_cpu_us ();
  probe.t0 = t0 != NULL ? g_ascii_strtoll (t0, NULL, 10) : probe.last_tick;
  probe.keystrokes = g_string_new (NULL);
  g_type_class_unref (g_type_class_ref (GTK_TYPE_SEARCH_ENTRY));
  g_signal_add_emission_hook (g_signal_lookup ("search-changed", GTK_TYPE_SEARCH_ENTRY), 0,
                              on_search_changed_hook, NULL, NULL);
  lt_probe_stall_start ();
  g_timeout_add (TICK_MS, tick_cb, NULL);
}
