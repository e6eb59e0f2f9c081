/* lt-store-projects.h: CRUD of projects, assigned prestations, tasks and their links */
#pragma once

#include "lt-assignment.h"
#include "lt-project.h"
#include "lt-store.h"
#include "lt-task.h"

G_BEGIN_DECLS

gboolean      lt_store_add_project         (LtStore       *self,
                                            LtProject     *project,
                                            GError       **error);
LtProject    *lt_store_get_project         (LtStore       *self,
                                            gint64         id,
                                            GError       **error);
gboolean      lt_store_update_project      (LtStore       *self,
                                            LtProject     *project,
                                            GError       **error);
gboolean      lt_store_delete_project      (LtStore       *self,
                                            gint64         id,
                                            gint64         revision,
                                            GError       **error);
/* The projects of one affaire (0: every project), newest start first. */
GListModel   *lt_store_list_projects       (LtStore       *self,
                                            gint64         affaire_id);

gboolean      lt_store_add_assignment      (LtStore       *self,
                                            LtAssignment  *assignment,
                                            GError       **error);
LtAssignment *lt_store_get_assignment      (LtStore       *self,
                                            gint64         id,
                                            GError       **error);
gboolean      lt_store_update_assignment   (LtStore       *self,
                                            LtAssignment  *assignment,
                                            GError       **error);
gboolean      lt_store_delete_assignment   (LtStore       *self,
                                            gint64         id,
                                            gint64         revision,
                                            GError       **error);
/* The prestations assigned to one project, by start date. */
GListModel   *lt_store_list_assignments    (LtStore       *self,
                                            gint64         project_id);

/* Reads fill the derived status (LtTaskStatus, from done-on / sent-on /
 * answered-on and the unfinished predecessors) and the display names. */
gboolean      lt_store_add_task            (LtStore       *self,
                                            LtTask        *task,
                                            GError       **error);
LtTask       *lt_store_get_task            (LtStore       *self,
                                            gint64         id,
                                            GError       **error);
gboolean      lt_store_update_task         (LtStore       *self,
                                            LtTask        *task,
                                            GError       **error);
gboolean      lt_store_delete_task         (LtStore       *self,
                                            gint64         id,
                                            gint64         revision,
                                            GError       **error);
/* Tasks by due date. @affaire_id, @project_id, @staff_id: 0 for any;
 * @search: NULL or accent-insensitive text in the title. */
GListModel   *lt_store_list_tasks          (LtStore       *self,
                                            gint64         affaire_id,
                                            gint64         project_id,
                                            gint64         staff_id,
                                            const char    *search);

/* Task links have no model and no revision: a link exists or not. */
gboolean      lt_store_add_task_link       (LtStore       *self,
                                            gint64         from_task_id,
                                            gint64         to_task_id,
                                            int            lag_days,
                                            gint64        *out_id,
                                            GError       **error);
gboolean      lt_store_get_task_link       (LtStore       *self,
                                            gint64         id,
                                            gint64        *from_task_id,
                                            gint64        *to_task_id,
                                            int           *lag_days,
                                            GError       **error);
gboolean      lt_store_delete_task_link    (LtStore       *self,
                                            gint64         id,
                                            GError       **error);
/* (transfer full) (element-type gint64): the ids of the links leaving
 * @task_id when @as_predecessor (it is their from-task), else of the links
 * arriving at it, by id. */
GArray       *lt_store_get_task_link_ids   (LtStore       *self,
                                            gint64         task_id,
                                            gboolean       as_predecessor,
                                            GError       **error);

G_END_DECLS
