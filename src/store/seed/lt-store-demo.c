/* lt-store-demo.c: the demo cabinet, loaded on first start into an empty database */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-store-demo"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "lt-date.h"
#include "lt-enums.h"
#include "lt-error.h"
#include "lt-store-affaires.h"
#include "lt-store-catalogue.h"
#include "lt-store-cross-links.h"
#include "lt-store-demo.h"
#include "lt-store-document-ops.h"
#include "lt-store-documents.h"
#include "lt-store-pdf.h"
#include "lt-store-private.h"
#include "lt-store-project-ops.h"
#include "lt-store-projects.h"
#include "lt-task.h"

#define DEMO_RESOURCE "/io/github/lettrine/Lettrine/demo/demo-cabinet.json"

/* The rows named by "ref", per kind, to resolve the references. */
typedef struct {
  GHashTable *staff;
  GHashTable *categories;
  GHashTable *prestations;
  GHashTable *steps;        /* of the prestation being loaded */
  GHashTable *all_steps;    /* issue 14: "prestation:step" of every prestation loaded */
  GHashTable *terms;
} Refs;

/* A member whose value names a row: (key, property, which table of Refs). */
typedef enum { REF_STAFF, REF_CATEGORY, REF_PRESTATION, REF_STEP, REF_TERMS } RefKind;

static const struct {
  const char *key;
  const char *property;
  RefKind     kind;
} references[] = {
  { "lcbft_identified_by", "lcbft-identified-by", REF_STAFF },
  { "staff",               "staff-id",            REF_STAFF },
  { "category",            "category-id",         REF_CATEGORY },
  { "prestation",          "prestation-id",       REF_PRESTATION },
  { "from",                "from-step-id",        REF_STEP },
  { "to",                  "to-step-id",          REF_STEP },
  { "terms",               "terms-id",            REF_TERMS },
};

static GHashTable *
refs_table (Refs    *refs,
            RefKind  kind)
{
  switch (kind)
    {
    case REF_STAFF:      return refs->staff;
    case REF_CATEGORY:   return refs->categories;
    case REF_PRESTATION: return refs->prestations;
    case REF_STEP:       return refs->steps;
    case REF_TERMS:      return refs->terms;
    default:             g_assert_not_reached ();
    }
}

static gboolean
demo_error (GError     **error,
            const char  *what,
            const char  *detail)
{
  g_set_error (error, LT_ERROR, LT_ERROR_FAILED,
               _("The demo cabinet is damaged (%s: %s); reinstall Lettrine."), what, detail);
  return FALSE;
}

/* "today", "today+N", "today-N" → the ISO date N days from now; NULL for
 * any other text. */
static char *
relative_date (const char *text)
{
  GDate then;
  gint64 days = 0;

  if (text == NULL || !g_str_has_prefix (text, "today"))
    return NULL;
  text += strlen ("today");
  if (*text != '\0' && !g_ascii_string_to_signed (*text == '+' ? text + 1 : text, 10, -36500, 36500, &days, NULL))
    return NULL;

  lt_date_set_today (&then);
  if (days >= 0)
    g_date_add_days (&then, (guint) days);
  else
    g_date_subtract_days (&then, (guint) -days);
  return lt_date_to_iso (&then);
}

/* Sets each member of @json on @object: keys are the columns (the
 * properties with `_`), enums by their nick, references by their "ref".
 * Arrays (nested rows) and "ref" are left to the caller. */
static gboolean
set_properties (GObject     *object,
                JsonObject  *json,
                Refs        *refs,
                GError     **error)
{
  g_autoptr(GList) members = json_object_get_members (json);

  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *key = l->data;
      JsonNode *node = json_object_get_member (json, key);
      g_autofree char *property = NULL;
      g_auto(GValue) value = G_VALUE_INIT;
      GParamSpec *pspec;
      GType type;

      if (g_str_equal (key, "ref") || JSON_NODE_HOLDS_ARRAY (node) || JSON_NODE_HOLDS_NULL (node))
        continue;

      for (guint r = 0; r < G_N_ELEMENTS (references); r++)
        if (g_str_equal (key, references[r].key))
          {
            const char *name = json_node_get_string (node);
            gpointer id;

            if (name == NULL ||
                !g_hash_table_lookup_extended (refs_table (refs, references[r].kind), name, NULL, &id))
              return demo_error (error, key, name != NULL ? name : "?");
            g_object_set (object, references[r].property, (gint64) GPOINTER_TO_SIZE (id), NULL);
            goto next;
          }

      property = g_strdelimit (g_strdup (key), "_", '-');
      pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
      if (pspec == NULL)
        return demo_error (error, G_OBJECT_TYPE_NAME (object), key);

      type = G_PARAM_SPEC_VALUE_TYPE (pspec);
      g_value_init (&value, type);

      if (G_TYPE_IS_ENUM (type))
        {
          int v;

          if (!lt_enum_from_nick (type, json_node_get_string (node), &v))
            return demo_error (error, key, json_node_get_string (node));
          g_value_set_enum (&value, v);
        }
      else if (type == G_TYPE_STRING)
        {
          g_autofree char *date = relative_date (json_node_get_string (node));

          g_value_set_string (&value, date != NULL ? date : json_node_get_string (node));
        }
      else if (type == G_TYPE_INT64)
        g_value_set_int64 (&value, json_node_get_int (node));
      else if (type == G_TYPE_INT)
        g_value_set_int (&value, (int) json_node_get_int (node));
      else if (type == G_TYPE_BOOLEAN)
        g_value_set_boolean (&value, json_node_get_boolean (node));
      else if (type == G_TYPE_DOUBLE)
        g_value_set_double (&value, json_node_get_double (node));
      else
        return demo_error (error, G_OBJECT_TYPE_NAME (object), key);

      g_object_set_property (object, property, &value);
    next:
      ;
    }

  return TRUE;
}

static void
remember (GHashTable *table,
          JsonObject *json,
          gint64      id)
{
  if (json_object_has_member (json, "ref"))
    g_hash_table_insert (table, g_strdup (json_object_get_string_member (json, "ref")),
                         GSIZE_TO_POINTER ((gsize) id));
}

static JsonArray *
array_member (JsonObject *json,
              const char *name)
{
  JsonNode *node = json_object_get_member (json, name);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static gboolean
load_firm (LtStore     *self,
           JsonObject  *json,
           Refs        *refs,
           GError     **error)
{
  g_autoptr(LtFirm) firm = lt_store_get_firm (self, error);

  return firm != NULL &&
         set_properties (G_OBJECT (firm), json, refs, error) &&
         lt_store_update_firm (self, firm, error);
}

/* issue 14: "cross_links" of a prestation, { "from": "prestation:step",
 * "to": "step", "lag_days": N }: its step waits on another prestation's. */
static gboolean
load_cross_links (LtStore     *self,
                  JsonArray   *links,
                  Refs        *refs,
                  GError     **error)
{
  for (guint i = 0; links != NULL && i < json_array_get_length (links); i++)
    {
      JsonObject *l = json_array_get_object_element (links, i);
      gpointer from = g_hash_table_lookup (refs->all_steps, json_object_get_string_member_with_default (l, "from", ""));
      gpointer to = g_hash_table_lookup (refs->steps, json_object_get_string_member_with_default (l, "to", ""));

      if (from == NULL || to == NULL)
        {
          g_set_error (error, LT_ERROR, LT_ERROR_NOT_FOUND, "demo: unknown step in cross link %u", i);
          return FALSE;
        }
      if (!lt_store_cross_link_add (self, (gint64) GPOINTER_TO_SIZE (from), (gint64) GPOINTER_TO_SIZE (to),
                                    (int) json_object_get_int_member_with_default (l, "lag_days", 0), error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
load_prestation (LtStore     *self,
                 JsonObject  *json,
                 Refs        *refs,
                 GError     **error)
{
  g_autoptr(LtPrestation) prestation = lt_prestation_new ();
  JsonArray *steps = array_member (json, "steps");
  JsonArray *links = array_member (json, "links");
  gint64 id;

  if (!set_properties (G_OBJECT (prestation), json, refs, error) ||
      !lt_store_add_prestation (self, prestation, error))
    return FALSE;
  id = lt_prestation_get_id (prestation);
  remember (refs->prestations, json, id);

  g_hash_table_remove_all (refs->steps);
  for (guint i = 0; steps != NULL && i < json_array_get_length (steps); i++)
    {
      JsonObject *s = json_array_get_object_element (steps, i);
      g_autoptr(LtStep) step = lt_step_new ();

      lt_step_set_prestation_id (step, id);
      lt_step_set_position (step, i);
      if (!set_properties (G_OBJECT (step), s, refs, error) ||
          !lt_store_add_step (self, step, error))
        return FALSE;
      remember (refs->steps, s, lt_step_get_id (step));
      if (json_object_has_member (json, "ref") && json_object_has_member (s, "ref"))
        g_hash_table_insert (refs->all_steps,
                             g_strdup_printf ("%s:%s", json_object_get_string_member (json, "ref"),
                                              json_object_get_string_member (s, "ref")),
                             GSIZE_TO_POINTER ((gsize) lt_step_get_id (step)));
    }

  for (guint i = 0; links != NULL && i < json_array_get_length (links); i++)
    {
      g_autoptr(LtStepLink) link = lt_step_link_new ();

      if (!set_properties (G_OBJECT (link), json_array_get_object_element (links, i), refs, error) ||
          !lt_store_add_step_link (self, link, error))
        return FALSE;
    }

  return load_cross_links (self, array_member (json, "cross_links"), refs, error);
}

/* The day a document was drafted: its first date (sent, signed or
 * refused), at 09:00 UTC. */
static gboolean
date_created_before_sent (LtStore     *self,
                          LtDocument  *document,
                          GError     **error)
{
  const char *dates[] = {
    lt_document_get_sent_on (document),
    lt_document_get_signed_on (document),
    lt_document_get_refused_on (document),
  };
  const char *first = NULL;
  g_autofree char *created_at = NULL;
  sqlite3_stmt *stmt;
  int rc;

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    if (dates[i] != NULL && (first == NULL || g_strcmp0 (dates[i], first) < 0))
      first = dates[i];
  if (first == NULL)
    return TRUE;

  created_at = g_strdup_printf ("%sT09:00:00Z", first);
  stmt = lt_store_prepare (self, "UPDATE documents SET created_at = ? WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  lt_store_bind_text (stmt, 1, created_at);
  sqlite3_bind_int64 (stmt, 2, lt_document_get_id (document));
  rc = lt_store_step (self, stmt);
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    return FALSE;
  lt_document_set_created_at (document, created_at);
  return TRUE;
}

/* A document is written as a draft with its lines, then given its state
 * and dates: only a draft takes lines. */
static gboolean
load_document (LtStore     *self,
               gint64       affaire_id,
               JsonObject  *json,
               Refs        *refs,
               GError     **error)
{
  g_autoptr(LtDocument) document = lt_document_new ();
  JsonArray *lines = array_member (json, "lines");
  LtDocumentState state;

  lt_document_set_affaire_id (document, affaire_id);
  if (!set_properties (G_OBJECT (document), json, refs, error))
    return FALSE;

  state = lt_document_get_state (document);
  lt_document_set_state (document, LT_DOCUMENT_STATE_DRAFT);
  if (!lt_store_add_document (self, document, error))
    return FALSE;

  for (guint i = 0; lines != NULL && i < json_array_get_length (lines); i++)
    {
      g_autoptr(LtDocumentLine) line = lt_document_line_new ();

      lt_document_line_set_document_id (line, lt_document_get_id (document));
      lt_document_line_set_position (line, i);
      if (!set_properties (G_OBJECT (line), json_array_get_object_element (lines, i), refs, error) ||
          !lt_store_add_document_line (self, line, error))
        return FALSE;
    }

  if (state == LT_DOCUMENT_STATE_DRAFT)
    return TRUE;

  /* A letter is drafted before it is sent and signed, not on the day the
   * demo is loaded (issue 13: lettrine-cli check verifies it). */
  if (!date_created_before_sent (self, document, error))
    return FALSE;

  lt_document_set_state (document, state);
  if (!lt_store_update_document (self, document, error))
    return FALSE;

  return TRUE;
}

/* Past the draft, a document has its number (in order of sending, per kind
 * and year) and, when the store has a renderer, the PDF frozen as it was
 * sent. One that cannot be rendered stays unfrozen; a failing disk fails
 * the demo. */
static gboolean
number_and_freeze (LtStore  *self,
                   GError  **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  if (!lt_store_number_sent_documents (self, error))
    return FALSE;
  if (!lt_store_has_pdf_renderer (self))
    return TRUE;

  stmt = lt_store_prepare (self, "SELECT id FROM documents WHERE state IN ('sent', 'signed') AND pdf IS NULL ORDER BY id", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = lt_store_step (self, stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(GError) local_error = NULL;

      if (!lt_store_freeze_document (self, g_array_index (ids, gint64, i), &local_error))
        {
          if (!g_error_matches (local_error, LT_ERROR, LT_ERROR_RENDER) &&
              !g_error_matches (local_error, LT_ERROR, LT_ERROR_CONTENT_MISSING))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
          g_debug ("Demo: document %" G_GINT64_FORMAT " not frozen: %s", g_array_index (ids, gint64, i), local_error->message);
        }
    }

  return TRUE;
}

/* What is already due is done: tâches marked done on their due date,
 * demandes sent on their start and answered on their due date, in due
 * order through the suivi's own operations. One still blocked (its
 * predecessor was not due yet) stays open: the rule refused it. */
static gboolean
settle_past (LtStore     *self,
             gint64       project_id,
             GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *today = relative_date ("today");
  sqlite3_stmt *stmt;
  int rc;

  /* Read whole before writing: the statement is cached and reused. */
  stmt = lt_store_prepare (self, "SELECT id FROM tasks WHERE project_id = ? AND due_date < ? ORDER BY due_date, id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, project_id);
  lt_store_bind_text (stmt, 2, today);
  while ((rc = lt_store_step (self, stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(LtTask) task = lt_store_get_task (self, id, error);
      g_autoptr(GError) refused = NULL;

      if (task == NULL)
        return FALSE;

      if (lt_task_get_kind (task) == LT_STEP_KIND_REQUEST)
        {
          /* Generation dates a demande sent today; the demo's were sent
           * on their start, before their answer. */
          if ((lt_task_get_sent_on (task) == NULL ||
               g_strcmp0 (lt_task_get_sent_on (task), lt_task_get_start_date (task)) > 0) &&
              !lt_store_requests_mark_sent (self, &id, 1, lt_task_get_start_date (task), &refused))
            goto refused;
          if (!lt_store_request_mark_answered (self, id, lt_task_get_due_date (task), &refused))
            goto refused;
        }
      else if (!lt_store_task_mark_done (self, id, lt_task_get_revision (task),
                                         lt_task_get_due_date (task), FALSE, &refused))
        goto refused;

      continue;

    refused:
      /* A rule saying no (still blocked) leaves the task open; anything
       * else (the disk) fails the whole demo. */
      if (!g_error_matches (refused, LT_ERROR, LT_ERROR_TASK_BLOCKED))
        {
          g_propagate_error (error, g_steal_pointer (&refused));
          return FALSE;
        }
      g_debug ("Demo: task %" G_GINT64_FORMAT " left open: %s", id, refused->message);
    }

  return TRUE;
}

/* A project is saved as the app saves it: assignments checked by the rules
 * and every task and link generated. */
static gboolean
load_project (LtStore     *self,
              gint64       affaire_id,
              JsonObject  *json,
              Refs        *refs,
              GError     **error)
{
  g_autoptr(LtProject) project = lt_project_new ();
  g_autoptr(GPtrArray) assignments = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(LtProjectOutcome) outcome = NULL;
  JsonArray *array = array_member (json, "assignments");

  lt_project_set_affaire_id (project, affaire_id);
  if (!set_properties (G_OBJECT (project), json, refs, error))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      LtAssignment *assignment = lt_assignment_new ();

      g_ptr_array_add (assignments, assignment);
      if (!set_properties (G_OBJECT (assignment), json_array_get_object_element (array, i), refs, error))
        return FALSE;
    }

  outcome = lt_store_project_save (self, project, assignments, NULL, error);
  if (outcome == NULL)
    return FALSE;

  return settle_past (self, outcome->project_id, error);
}

static gboolean
load_affaire (LtStore     *self,
              JsonObject  *json,
              Refs        *refs,
              GError     **error)
{
  g_autoptr(LtAffaire) affaire = lt_affaire_new ();
  JsonArray *contacts = array_member (json, "contacts");
  JsonArray *documents = array_member (json, "documents");
  JsonArray *projects = array_member (json, "projects");
  LtAffaireState state;
  gint64 id;

  if (!set_properties (G_OBJECT (affaire), json, refs, error))
    return FALSE;

  /* A client exists through its first signed letter (issue 13): written
   * a prospect, a client once its documents are. */
  state = lt_affaire_get_state (affaire);
  lt_affaire_set_state (affaire, LT_AFFAIRE_STATE_PROSPECT);
  if (!lt_store_add_affaire (self, affaire, error))
    return FALSE;
  id = lt_affaire_get_id (affaire);

  for (guint i = 0; contacts != NULL && i < json_array_get_length (contacts); i++)
    {
      g_autoptr(LtContact) contact = lt_contact_new ();

      lt_contact_set_affaire_id (contact, id);
      if (!set_properties (G_OBJECT (contact), json_array_get_object_element (contacts, i), refs, error) ||
          !lt_store_add_contact (self, contact, error))
        return FALSE;
    }

  for (guint i = 0; documents != NULL && i < json_array_get_length (documents); i++)
    if (!load_document (self, id, json_array_get_object_element (documents, i), refs, error))
      return FALSE;

  if (state != LT_AFFAIRE_STATE_PROSPECT)
    {
      g_autoptr(LtAffaire) stored = lt_store_get_affaire (self, id, error);

      if (stored == NULL)
        return FALSE;
      lt_affaire_set_state (stored, state);
      if (!lt_store_update_affaire (self, stored, error))
        return FALSE;
    }

  for (guint i = 0; projects != NULL && i < json_array_get_length (projects); i++)
    if (!load_project (self, id, json_array_get_object_element (projects, i), refs, error))
      return FALSE;

  return TRUE;
}

static gboolean
load_all (LtStore     *self,
          JsonObject  *root,
          Refs        *refs,
          GError     **error)
{
  JsonArray *array;

  if (json_object_has_member (root, "firm") &&
      !load_firm (self, json_object_get_object_member (root, "firm"), refs, error))
    return FALSE;

  if ((array = array_member (root, "staff")) != NULL)
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonObject *json = json_array_get_object_element (array, i);
        g_autoptr(LtStaff) staff = lt_staff_new ();

        if (!set_properties (G_OBJECT (staff), json, refs, error) ||
            !lt_store_add_staff (self, staff, error))
          return FALSE;
        remember (refs->staff, json, lt_staff_get_id (staff));
      }

  if ((array = array_member (root, "categories")) != NULL)
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonObject *json = json_array_get_object_element (array, i);
        g_autoptr(LtCategory) category = lt_category_new ();

        if (!set_properties (G_OBJECT (category), json, refs, error) ||
            !lt_store_add_category (self, category, error))
          return FALSE;
        remember (refs->categories, json, lt_category_get_id (category));
      }

  if ((array = array_member (root, "prestations")) != NULL)
    for (guint i = 0; i < json_array_get_length (array); i++)
      if (!load_prestation (self, json_array_get_object_element (array, i), refs, error))
        return FALSE;

  if ((array = array_member (root, "terms")) != NULL)
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonObject *json = json_array_get_object_element (array, i);
        g_autoptr(LtTerms) terms = lt_terms_new ();

        if (!set_properties (G_OBJECT (terms), json, refs, error) ||
            !lt_store_add_terms (self, terms, error))
          return FALSE;
        remember (refs->terms, json, lt_terms_get_id (terms));
      }

  if ((array = array_member (root, "affaires")) != NULL)
    for (guint i = 0; i < json_array_get_length (array); i++)
      if (!load_affaire (self, json_array_get_object_element (array, i), refs, error))
        return FALSE;

  return number_and_freeze (self, error);
}

gboolean
lt_store_is_empty (LtStore *self)
{
  sqlite3_stmt *stmt;
  gboolean empty;
  int rc;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  stmt = lt_store_prepare (self,
                           "SELECT NOT (EXISTS (SELECT 1 FROM staff) OR EXISTS (SELECT 1 FROM categories) "
                           "OR EXISTS (SELECT 1 FROM prestations) OR EXISTS (SELECT 1 FROM affaires) "
                           "OR EXISTS (SELECT 1 FROM documents) OR EXISTS (SELECT 1 FROM projects))",
                           NULL);
  if (stmt == NULL)
    return FALSE;

  rc = lt_store_step (self, stmt);
  empty = rc == SQLITE_ROW && sqlite3_column_int (stmt, 0) == 1;
  sqlite3_reset (stmt);

  return empty;
}

gboolean
lt_store_load_demo (LtStore  *self,
                    GError  **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  Refs refs;
  JsonNode *root;
  gboolean ok;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  if (!lt_store_check_writable (self, error))
    return FALSE;

  if (!lt_store_is_empty (self))
    {
      g_set_error (error, LT_ERROR, LT_ERROR_FAILED,
                   _("The database already holds a cabinet: the demo cabinet loads only into an empty database."));
      return FALSE;
    }

  bytes = g_resources_lookup_data (DEMO_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL ||
      !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error))
    return FALSE;

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return demo_error (error, DEMO_RESOURCE, "{}");

  refs.staff = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  refs.categories = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  refs.prestations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  refs.steps = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  refs.all_steps = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  refs.terms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  ok = lt_store_begin (self, error);
  if (ok)
    {
      ok = load_all (self, json_node_get_object (root), &refs, error);
      if (ok)
        ok = lt_store_commit (self, error);
      else
        lt_store_rollback (self);
    }

  g_hash_table_unref (refs.staff);
  g_hash_table_unref (refs.categories);
  g_hash_table_unref (refs.prestations);
  g_hash_table_unref (refs.steps);
  g_hash_table_unref (refs.all_steps);
  g_hash_table_unref (refs.terms);

  return ok;
}
