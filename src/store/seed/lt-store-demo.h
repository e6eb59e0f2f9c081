/* lt-store-demo.h: the demo cabinet, loaded on first start into an empty database */
#pragma once

#include <gio/gio.h>

#include "lt-store.h"

G_BEGIN_DECLS

/* TRUE when the database holds no intervenant, catégorie, prestation,
 * affaire, document nor project (the firm row alone does not count). */
gboolean lt_store_is_empty  (LtStore  *self);

/* Loads data/demo/demo-cabinet.json (from the GResource) through the
 * store's CRUD, in one transaction: the firm's details, 3 intervenants,
 * 2 catégories, 6 prestations with their tâches, demandes and links, the
 * conditions générales, 10 affaires with their contacts, the clients'
 * signed lettres de mission (their PDF frozen when the store has a
 * renderer, see lt_store_set_pdf_renderer), a prospect's offre, and three clients'
 * projects saved through the project rules (tasks and demandes generated,
 * those already due done: dates are relative to the day of loading). All
 * or nothing; refused (LT_ERROR_FAILED) when the database is not empty. */
gboolean lt_store_load_demo (LtStore  *self,
                             GError  **error);

G_END_DECLS
