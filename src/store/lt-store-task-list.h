/* lt-store-task-list.h: the suivi des tâches as a lazy list, filtered and sorted in SQL */
#pragma once

#include "lt-query-model.h"
#include "lt-store.h"

G_BEGIN_DECLS

/* Every field at its zero value (and status -1) means « everything ». */
typedef struct {
  gint64       staff_id;     /* 0: anyone */
  gint64       affaire_id;   /* 0: any client */
  int          status;       /* an LtTaskStatus, -1 for any, LT_TASK_FILTER_OPEN for all but done */
  gboolean     overdue;      /* not done and due before today */
  gboolean     this_week;    /* due Monday–Sunday of the current week */
  const char  *search;       /* words, accents and case ignored */
  const char  *today;        /* YYYY-MM-DD; NULL for today */
} LtTaskFilter;

#define LT_TASK_FILTER_OPEN (-2)

#define LT_TASK_FILTER_INIT { 0, 0, -1, FALSE, FALSE, NULL, NULL }

LtQueryModel *lt_store_list_suivi        (LtStore            *self,
                                          const LtTaskFilter *filter);
gboolean      lt_store_suivi_needs_new_model (LtQueryModel     *model,
                                          const LtTaskFilter *filter);
gboolean      lt_store_suivi_set_filter  (LtQueryModel       *model,
                                          const LtTaskFilter *filter,
                                          GError            **error);
char         *lt_store_suivi_sql         (const LtTaskFilter *filter);
char         *lt_store_suivi_first_window_sql (const LtTaskFilter *filter);
GVariant     *lt_store_suivi_params      (const LtTaskFilter *filter);

G_END_DECLS
