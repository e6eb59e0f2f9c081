/* lt-schedule.h: due dates from délais and dependencies, on working days */
#pragma once

#include <glib.h>

#include "lt-enums.h"

G_BEGIN_DECLS

/* A step of a prestation as the scheduler sees it. */
typedef struct {
  gint64    id;
  int       delay_days;        /* working days the step takes; -1 when none */
  gboolean  from_period_end;   /* recurring chains: due @delay_days working days after the period's end */
} LtScheduleStep;

/* A dependency: @to starts once @from is due, plus @lag_days working days. */
typedef struct {
  gint64  from_id;
  gint64  to_id;
  int     lag_days;
} LtScheduleLink;

/* One task to create: step @step_index of the steps given, in chain @chain. */
typedef struct {
  guint     step_index;
  guint     chain;
  const char *period;   /* interned: "" for a prestation that does not recur, else "2027-03",
                         * "2027-Q1", or the exercice's clôture "2027-06-30" (older rows: "2027") */
  GDate     start;
  GDate     due;
  gboolean  late;       /* due after the end of the assignment: flagged, not dropped */
} LtScheduledTask;

/* A task already in the suivi, for rescheduling. */
typedef struct {
  gint64    id;
  GDate     start;
  GDate     due;
  gboolean  done;
} LtScheduleTask;

/* What rescheduling would do to one successor. */
typedef struct {
  gint64  id;
  guint   index;        /* into the tasks given */
  GDate   old_start;
  GDate   old_due;
  GDate   new_start;
  GDate   new_due;
  int     shift_days;   /* working days the due date moves, negative when earlier */
} LtScheduleMove;

GArray   *lt_schedule_plan                (const LtScheduleStep *steps,
                                           guint                 n_steps,
                                           const LtScheduleLink *links,
                                           guint                 n_links,
                                           LtRecurrence          recurrence,
                                           const GDate          *start,
                                           const GDate          *end,
                                           GError              **error);
GArray   *lt_schedule_plan_for_client     (const LtScheduleStep *steps,
                                           guint                 n_steps,
                                           const LtScheduleLink *links,
                                           guint                 n_links,
                                           LtRecurrence          recurrence,
                                           const char           *closing,
                                           const GDate          *start,
                                           const GDate          *end,
                                           GError              **error);
guint     lt_schedule_count_periods       (LtRecurrence          recurrence,
                                           const GDate          *start,
                                           const GDate          *end);
void      lt_schedule_period_bounds       (LtRecurrence          recurrence,
                                           const char           *closing,
                                           const GDate          *inside,
                                           GDate                *first,
                                           GDate                *last);
char     *lt_schedule_period_to_display   (const char           *period);
char     *lt_schedule_period_to_french    (const char           *period);
char     *lt_schedule_title_with_period   (const char           *title,
                                           const char           *period);
gboolean  lt_schedule_title_names_period  (const char           *title,
                                           const char           *period);
GArray   *lt_schedule_reschedule          (const LtScheduleTask *tasks,
                                           guint                 n_tasks,
                                           const LtScheduleLink *links,
                                           guint                 n_links,
                                           gint64                changed_id,
                                           const GDate          *new_due,
                                           GError              **error);

G_END_DECLS
