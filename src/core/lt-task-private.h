/* lt-task-private.h: the insides of LtTask, shared by its own files */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lt-task.h"

G_BEGIN_DECLS

struct _LtTask
{
  GObject parent_instance;

  gint64        id;
  gint64        affaire_id;
  gint64        project_id;
  gint64        assignment_id;
  gint64        step_id;
  LtStepKind    kind;
  char         *title;
  char         *period;
  gint64        staff_id;
  int           delay_days;
  char         *start_date;
  char         *due_date;
  char         *done_on;
  char         *sent_on;
  char         *answered_on;
  gint64        revision;
  LtTaskStatus  status;
  char         *affaire_name;
  char         *prestation_name;
  char         *staff_name;
  char         *project_name;
  guint         late : 1;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_AFFAIRE_ID,
  PROP_PROJECT_ID,
  PROP_ASSIGNMENT_ID,
  PROP_STEP_ID,
  PROP_KIND,
  PROP_TITLE,
  PROP_PERIOD,
  PROP_STAFF_ID,
  PROP_DELAY_DAYS,
  PROP_START_DATE,
  PROP_DUE_DATE,
  PROP_DONE_ON,
  PROP_SENT_ON,
  PROP_ANSWERED_ON,
  PROP_REVISION,
  PROP_STATUS,
  PROP_AFFAIRE_NAME,
  PROP_PRESTATION_NAME,
  PROP_STAFF_NAME,
  PROP_PROJECT_NAME,
  PROP_LATE,
  N_PROPS
};

extern GParamSpec *lt_task_properties[N_PROPS];

G_END_DECLS
