/* lt-store-check.h: the database checked against SQLite's and the model's own invariants */
#pragma once

#include <gio/gio.h>

#include "lt-store.h"

G_BEGIN_DECLS

/* Runs PRAGMA integrity_check and foreign_key_check, then the invariants
 * the rules keep: a prospect has no signed lettre de mission and no document
 * only a client may have; a signed avenant amends a signed lettre de
 * mission; at most one current version per prestation family; a replaced
 * document points at a signed substitutive of the same affaire; step links
 * stay inside one prestation and form no cycle; task links form no cycle; a
 * task is due on or after its start and belongs to its project's affaire; a
 * frozen PDF matches its SHA-256; a SIREN passes the Luhn check; a task's
 * stored status is the one the rule gives (lt_project_rules_task_status).
 *
 * Returns: (transfer full) (element-type utf8): one translated sentence per
 * problem, empty when everything holds; NULL with @error set when the check
 * itself could not run. */
GPtrArray *lt_store_check (LtStore  *self,
                           GError  **error);

G_END_DECLS
