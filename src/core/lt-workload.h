/* lt-workload.h: tasks due per intervenant and week against their capacity */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A working day of work, for délais counted in days. */
#define LT_WORKLOAD_HOURS_PER_DAY 7
/* What a task without délai costs. */
#define LT_WORKLOAD_MINIMUM_HOURS 1

typedef struct {
  gint64  staff_id;
  GDate   due;
  int     delay_days;   /* -1 when none */
  gboolean is_new;      /* part of the project about to be saved */
} LtWorkloadTask;

typedef struct {
  gint64  staff_id;
  int     weekly_hours;
} LtWorkloadCapacity;

typedef struct {
  gint64  staff_id;
  GDate   week;             /* its Monday */
  guint   n_tasks;
  guint   n_new_tasks;
  int     load_hours;
  int     capacity_hours;   /* weekly hours, prorated for public holidays */
} LtWorkloadWeek;

int       lt_workload_task_hours      (int                        delay_days);
GArray   *lt_workload_compute         (const LtWorkloadTask      *tasks,
                                       guint                      n_tasks,
                                       const LtWorkloadCapacity  *capacities,
                                       guint                      n_capacities);
gboolean  lt_workload_week_is_overloaded (const LtWorkloadWeek   *week);
GArray   *lt_workload_new_overloads   (const GArray              *weeks);

G_END_DECLS
