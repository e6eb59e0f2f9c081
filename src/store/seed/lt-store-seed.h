/* lt-store-seed.h: a synthetic cabinet of any size, written fast, for benchmarks and trials */
#pragma once

#include <gio/gio.h>

#include "lt-store.h"

G_BEGIN_DECLS

/* Adds @n_affaires affaires (about 60 % clients, each with a signataire,
 * clients with LCB-FT done and a project of the year) and @n_tasks tâches
 * and demandes spread over the clients and the intervenants, over a year of
 * due dates, about a third done, most chained to the previous task of the
 * same client by a task link. Adds a firm, 8 intervenants, 2 catégories and
 * 4 prestations with steps and links if the database has none. SIRENs are
 * generated valid (Luhn key computed) and unique. Deterministic: the same
 * sizes on the same database give the same rows.
 *
 * Written with prepared statements, one transaction per batch of 10,000
 * rows: a failure keeps the batches already committed, each batch whole.
 * Emits no LtStore::changed per row (a bulk load; reopen the lists). */
gboolean lt_store_seed (LtStore  *self,
                        guint     n_affaires,
                        guint     n_tasks,
                        GError  **error);

G_END_DECLS
