/* lt-project-diff.h: what changes when a saved project is edited; the warnings before saving a project */
#pragma once

#include <glib.h>

#include "lt-assignment.h"

G_BEGIN_DECLS

/* One assigned prestation, compared between the stored project and the edited one. */
typedef enum {
  LT_ASSIGNMENT_KEPT,      /* same dates and price: nothing to do */
  LT_ASSIGNMENT_ADDED,     /* new: its chains are created */
  LT_ASSIGNMENT_REMOVED,   /* gone: its tasks are deleted if none is started */
  LT_ASSIGNMENT_MOVED,     /* its start or end changed: its tasks are rescheduled */
  LT_ASSIGNMENT_REPRICED,  /* only its price changed */
} LtAssignmentChange;

typedef struct {
  LtAssignmentChange change;
  guint              old_index;   /* into the stored assignments, G_MAXUINT when added */
  guint              new_index;   /* into the edited ones, G_MAXUINT when removed */
} LtAssignmentDiff;

GArray   *lt_project_diff_assignments        (GPtrArray   *stored,
                                              GPtrArray   *edited,
                                              GError     **error);
gboolean  lt_project_diff_is_empty           (GArray      *diff);
char     *lt_project_rules_edit_summary      (guint        n_created,
                                              guint        n_deleted,
                                              guint        n_moved,
                                              const char  *client_name);

/* Refusals and warnings of issue 14 (projects that stay editable). */
gboolean  lt_project_rules_check_staff_chosen (gint64      staff_id,
                                               GError    **error);
gboolean  lt_project_rules_check_removable   (const char  *prestation_name,
                                              const char  *started_title,
                                              GError     **error);

/* Two assignments of one prestation whose periods overlap. */
typedef struct {
  guint first;
  guint second;
} LtAssignmentPair;

GArray   *lt_project_rules_find_duplicates   (GPtrArray   *assignments);
char     *lt_project_rules_duplicate_warning (const char  *prestation_name,
                                              const char  *first_start,
                                              const char  *first_end,
                                              const char  *second_start,
                                              const char  *second_end);

/* A task that would be due after the project's end. */
typedef struct {
  guint  assignment;      /* index into the assignments */
  char  *title;
  GDate  due;
  GDate  chain_start;     /* the first day of its chain's period */
} LtLateTask;

void      lt_late_task_clear                 (gpointer     data);
gboolean  lt_late_task_chain_start           (const char  *period,
                                              GDate       *first_day);
char     *lt_project_rules_late_extend_to    (const LtLateTask *tasks,
                                              guint             n_tasks);
char     *lt_project_rules_late_shorten_to   (const LtLateTask *tasks,
                                              guint             n_tasks,
                                              guint             assignment,
                                              const char       *assignment_start);
char     *lt_project_rules_late_warning      (const LtLateTask *tasks,
                                              guint             n_tasks,
                                              const char       *project_end);

G_END_DECLS
