/* lt-store-private.h: the connection API shared by the files of src/store */
#pragma once

#include <sqlite3.h>

#include "lt-store.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

/* The connection itself, for what the helpers below do not cover. */
sqlite3      *lt_store_get_db                     (LtStore        *self);

/* A statement cached per SQL text, owned by the store: reset and with its
 * bindings cleared, ready to bind. Do not finalize it, and do not hand out
 * the same SQL again while still stepping it (prepare with sqlite3_prepare_v2
 * and g_autoptr (sqlite3_stmt) for that). NULL with @error set on failure. */
sqlite3_stmt *lt_store_prepare                    (LtStore        *self,
                                                   const char     *sql,
                                                   GError        **error);

/* Steps @stmt and returns sqlite3_step's result (counted for the injected
 * failure of the tests). */
int           lt_store_step                       (LtStore        *self,
                                                   sqlite3_stmt   *stmt);

/* TRUE for SQLITE_OK / SQLITE_ROW / SQLITE_DONE; otherwise sets @error with
 * an LT_ERROR code and a clear message (SQLITE_FULL → LT_ERROR_DISK_FULL,
 * SQLITE_READONLY → LT_ERROR_READ_ONLY, SQLITE_CONSTRAINT_* →
 * LT_ERROR_CONSTRAINT, SQLITE_CORRUPT / SQLITE_NOTADB →
 * LT_ERROR_CORRUPT_DATABASE, SQLITE_BUSY → LT_ERROR_IO, …). */
gboolean      lt_store_check_step                 (LtStore        *self,
                                                   int             rc,
                                                   GError        **error);

/* Runs constant SQL without parameters (one or several statements). */
gboolean      lt_store_exec                       (LtStore        *self,
                                                   const char     *sql,
                                                   GError        **error);

/* Transactions nest: the outermost is BEGIN IMMEDIATE, inner ones are
 * SAVEPOINTs. Every lt_store_begin that succeeded is paired with exactly one
 * lt_store_commit or lt_store_rollback. A failed lt_store_commit has already
 * rolled back its level. lt_store_begin fails with LT_ERROR_READ_ONLY on a
 * read-only store. */
gboolean      lt_store_begin                      (LtStore        *self,
                                                   GError        **error);
gboolean      lt_store_commit                     (LtStore        *self,
                                                   GError        **error);
void          lt_store_rollback                   (LtStore        *self);
gboolean      lt_store_in_transaction             (LtStore        *self);

/* Queues LtStore::changed until the outermost commit (dropped on rollback);
 * emitted at once outside a transaction. */
void          lt_store_notify                     (LtStore        *self,
                                                   const char     *table,
                                                   gint64          id,
                                                   LtStoreChange   change);

/* FALSE with LT_ERROR_READ_ONLY (and the reason) on a read-only store. */
gboolean      lt_store_check_writable             (LtStore        *self,
                                                   GError        **error);

/* Tests: after @n more statements succeed, the next one fails as if the
 * disk were gone (LT_ERROR_IO). Counted: BEGIN/SAVEPOINT/RELEASE/COMMIT,
 * lt_store_exec, writes stepped with lt_store_step (which fails before
 * running them), and any statement checked with lt_store_check_step after
 * a plain sqlite3_step. -1 turns it off. */
void          lt_store_set_fail_after_statements  (LtStore        *self,
                                                   int             n);

/* The file (lt-store-file.c). Only stat () and access () before SQLite
 * opens it, then reads through the connection: no other descriptor of the
 * database is ever opened. A missing file is created empty with mode 0600
 * (its folders 0700). */
typedef enum {
  LT_STORE_FILE_MISSING,
  LT_STORE_FILE_EMPTY,
  LT_STORE_FILE_PRESENT,
} LtStoreFileState;

/* "Lttr": set on every Lettrine database it opens for writing. */
#define LT_STORE_APPLICATION_ID 0x4c747472
/* Schemas written before the application id existed: told by their tables. */
#define LT_STORE_LAST_UNSTAMPED_VERSION 2

gboolean      lt_store_file_inspect               (const char       *path,
                                                   LtStoreOpenFlags  flags,
                                                   LtStoreFileState *state,
                                                   char            **read_only_reason,
                                                   GError          **error);
/* @may_be_new: an SQLite file without any table may become a database
 * (else it is someone's, refused like an empty file). */
gboolean      lt_store_file_identify              (sqlite3        *db,
                                                   const char     *path,
                                                   gboolean        may_be_new,
                                                   int            *schema_version,
                                                   gboolean       *stamped,
                                                   GError        **error);
gboolean      lt_store_set_open_error             (sqlite3        *db,
                                                   const char     *path,
                                                   int             rc,
                                                   GError        **error);
gboolean      lt_store_file_migrate               (LtStore        *self,
                                                   gboolean        stamped,
                                                   int            *schema_version,
                                                   GError        **error);
/* A writable copy of the whole database in memory (same path and schema). */
LtStore      *lt_store_copy_to_memory             (LtStore        *self,
                                                   GError        **error);
/* Tests: the busy timeout of the stores opened after (5000 ms by default). */
void          lt_store_set_busy_timeout_for_tests (int             ms);
gboolean      lt_store_file_create                (const char     *path,
                                                   GError        **error);
void          lt_store_set_corrupt_error          (const char     *path,
                                                   GError        **error);
/* The migrations of the GResource (".../sql/NNN-what.sql"), by number. */
GStrv         lt_store_list_migrations            (void);
int           lt_store_migration_number           (const char     *name);
/* COLLATE lt_fold: accents and case ignored (lt_text_fold), for sqlite3_create_collation. */
int           lt_store_fold_collate               (gpointer        user_data,
                                                   int             len_a,
                                                   const void     *a,
                                                   int             len_b,
                                                   const void     *b);
/* lt_fold (text): lt_text_fold in SQL, for sqlite3_create_function. */
void          lt_store_fold_func                  (sqlite3_context *context,
                                                   int              argc,
                                                   sqlite3_value  **argv);

/* Bind helpers: NULL text binds NULL; a 0 id binds NULL ("none"). */
void          lt_store_bind_text                  (sqlite3_stmt   *stmt,
                                                   int             col,
                                                   const char     *text);
void          lt_store_bind_id                    (sqlite3_stmt   *stmt,
                                                   int             col,
                                                   gint64          id);
/* Column helpers: NULL text stays NULL; NULL id reads 0. */
char         *lt_store_column_text                (sqlite3_stmt   *stmt,
                                                   int             col);
gint64        lt_store_column_id                  (sqlite3_stmt   *stmt,
                                                   int             col);

/* LT_ERROR_NOT_FOUND or LT_ERROR_CONFLICT after an update or delete that
 * changed no row: looks whether row @id of @table still exists and sets
 * @conflict_message or @not_found_message (already translated). @table is
 * one of the schema's table names (checked, never user text). */
void          lt_store_set_stale_error            (LtStore        *self,
                                                   const char     *table,
                                                   gint64          id,
                                                   const char     *conflict_message,
                                                   const char     *not_found_message,
                                                   GError        **error);

/* One user operation: a transaction (or a savepoint inside the caller's),
 * except for an operation of a single write statement inside the caller's
 * transaction (@single_write), which SQLite keeps atomic by itself. */
gboolean      lt_store_op_begin                   (LtStore        *self,
                                                   gboolean        single_write,
                                                   gboolean       *began,
                                                   GError        **error);
gboolean      lt_store_op_commit                  (LtStore        *self,
                                                   gboolean        began,
                                                   GError        **error);
void          lt_store_op_rollback                (LtStore        *self,
                                                   gboolean        began);

/* Rows: the CRUD of one table, its SQL derived from the model's
 * description (lt-model.h, lt-store-rows.c). */
typedef struct _LtEntity LtEntity;

struct _LtEntity {
  const char     *table;
  GType         (*get_type)          (void);
  /* Only where the description has display fields (LT_FIELD_DISPLAY): the
   * table's alias in from_sql, the FROM clause with its joins, and the
   * expressions of the display fields in the description's order. */
  const char     *alias;
  const char     *from_sql;
  const char     *display_sql;
  gboolean        single_row;        /* the table has one row, id 1 (firm) */
  /* N_() messages, translated when used */
  const char     *conflict_message;
  const char     *not_found_message;
  /* The rules of the model, checked before SQL (inside the transaction, so
   * a check that reads the database sees what will be written over). */
  gboolean      (*validate)          (LtStore  *store,
                                      GObject  *object,
                                      GError  **error);
  /* Set when the table has a search_key column, written after the others. */
  char         *(*search_key)        (GObject  *object);
  /* Optional: runs in the same transaction right after the INSERT of @id. */
  gboolean      (*after_insert)      (LtStore  *store,
                                      GObject  *object,
                                      gint64    id,
                                      GError  **error);
};

/* "SELECT id, revision, <every column of the description> FROM …", without
 * WHERE: the one way to read an entity; add WHERE/ORDER BY and read each row
 * with lt_store_row_read (). Columns of the table are named "alias.column"
 * when the entity has an alias. */
const char   *lt_store_entity_select              (const LtEntity *entity);

/* Every row of @entity that @clause (" WHERE … ORDER BY …", ?1 bound to
 * @param when it has one) selects, read by lt_store_row_read (). */
GPtrArray    *lt_store_rows_select                (LtStore        *self,
                                                   const LtEntity *entity,
                                                   const char     *clause,
                                                   gint64          param,
                                                   GError        **error);

/* The entities others read with their own clauses. */
extern const LtEntity lt_affaire_entity;
extern const LtEntity lt_document_entity;
extern const LtEntity lt_document_line_entity;
extern const LtEntity lt_project_entity;
extern const LtEntity lt_assignment_entity;
extern const LtEntity lt_task_entity;

gboolean      lt_store_row_add                    (LtStore        *self,
                                                   const LtEntity *entity,
                                                   GObject        *object,
                                                   GError        **error);
gpointer      lt_store_row_get                    (LtStore        *self,
                                                   const LtEntity *entity,
                                                   gint64          id,
                                                   GError        **error);
gboolean      lt_store_row_update                 (LtStore        *self,
                                                   const LtEntity *entity,
                                                   GObject        *object,
                                                   GError        **error);
gboolean      lt_store_row_delete                 (LtStore        *self,
                                                   const LtEntity *entity,
                                                   gint64          id,
                                                   gint64          revision,
                                                   GError        **error);
/* Fills @object from a row of lt_store_entity_select () (or a query with the same
 * columns) on which @stmt stands. */
void          lt_store_row_read                   (const LtEntity *entity,
                                                   sqlite3_stmt   *stmt,
                                                   GObject        *object);
/* Builds the objects of @ids in order (missing rows are skipped), for the
 * lazy list models. */
gboolean      lt_store_rows_build                 (LtStore        *self,
                                                   const LtEntity *entity,
                                                   const gint64   *ids,
                                                   guint           n_ids,
                                                   GPtrArray      *out);

/* A lazy list (LtQueryModel) of @entity's objects over @sql, a constant
 * query of ids in the list's order with ?1, ?2… bound from @params (a
 * tuple, floating reference sunk); @dependencies: NULL-terminated tables
 * whose writes also refresh the list (joined names, derived status). */
GListModel   *lt_store_row_list                   (LtStore            *self,
                                                   const LtEntity     *entity,
                                                   const char         *sql,
                                                   GVariant           *params,
                                                   const char * const *dependencies);
/* "@select WHERE c1 AND c2 … @order" from the conditions that apply
 * (NULL entries skipped): every piece is a constant of the caller, values
 * stay bound parameters. Lets SQLite pick an index for the filters that
 * are set instead of testing "?1 = 0 OR …" on every row. */
char         *lt_store_compose_query              (const char     *select,
                                                   const char     *order,
                                                   guint           n_conditions,
                                                   ...);
/* The folded text to bind in "search_key LIKE '%' || ? || '%' ESCAPE '\'",
 * LIKE's wildcards escaped; NULL when @search is empty. */
char         *lt_store_search_pattern             (const char     *search);

/* Validation helpers shared by the entity files. */
gboolean      lt_store_require_text               (const char     *text,
                                                   int             code,
                                                   const char     *message,
                                                   GError        **error);
gboolean      lt_store_check_date                 (const char     *date,
                                                   gboolean        optional,
                                                   GError        **error);
gboolean      lt_store_check_period               (const char     *start,
                                                   const char     *end,
                                                   GError        **error);
gboolean      lt_store_check_email                (const char     *email,
                                                   GError        **error);
char         *lt_store_format_date                (const char     *iso);

/* --- issue 10, refusals --- */
gboolean      lt_store_set_never_existed_error    (LtStore        *self,
                                                   const char     *table,
                                                   gint64          id,
                                                   GError        **error);
gboolean      lt_store_require_row                (LtStore        *self,
                                                   const char     *table,
                                                   gint64          id,
                                                   GError        **error);

/* --- issue 14, planning --- */
void          lt_store_apply_firm_calendar        (LtStore        *self);

G_END_DECLS
