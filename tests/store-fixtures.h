/* store-fixtures.h: a store in a fresh temporary folder, and the reads and writes the store tests share */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lettrine-core.h"
#include "lt-store.h"

G_BEGIN_DECLS

LtStore   *store_fixture_open      (const char  *tmpl,
                                    char       **dir,
                                    char       **path);
LtStore   *store_fixture_open_demo (const char  *tmpl,
                                    char       **dir,
                                    char       **path);
void       store_fixture_close     (LtStore     *store,
                                    char        *dir,
                                    char        *path);
void       store_fixture_remove    (char        *dir,
                                    char        *path);
void       remove_tree             (const char  *path);

void       query_model_shadow_replay (GArray     *shadow,
                                      GListModel *model,
                                      guint       position,
                                      guint       removed,
                                      guint       added);

gint64     query_int               (LtStore     *store,
                                    const char  *sql);
char      *query_text              (LtStore     *store,
                                    const char  *sql);

gint64     store_fixture_add_task  (LtStore     *store,
                                    gint64       affaire_id,
                                    gint64       staff_id,
                                    const char  *title,
                                    const char  *due);

void       assert_check_clean      (LtStore     *store);
gint64     demo_client_id          (LtStore     *store,
                                    const char  *name);

G_END_DECLS
