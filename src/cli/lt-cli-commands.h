/* lt-cli-commands.h: the command table of lettrine-cli and the helpers every command shares */
#pragma once

/*
 * How to add commands to lettrine-cli
 * ===================================
 *
 * 1. Write `src/cli/lt-cli-THING.c` and add it to your block of
 *    `src/cli/meson.build`.
 *
 * 2. In it, a table of commands. `group` is the first word on the command
 *    line (NULL for a top-level command such as `seed`), `name` the second.
 *    A group may be filled by several files: `document add` (issue 5) and
 *    `document render` (issue 6) are separate entries of separate tables and
 *    the dispatcher merges them under `document`.
 *
 *      static gboolean
 *      document_render (LtCli   *cli,
 *                       int      argc,
 *                       char   **argv,
 *                       GError **error)
 *      {
 *        g_autofree char *output = NULL;
 *        const GOptionEntry entries[] = {
 *          { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the PDF to FILE"), N_("FILE") },
 *          { NULL }
 *        };
 *        g_autoptr(LtStore) store = NULL;
 *        gint64 id;
 *
 *        if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||   // --help exits here
 *            !lt_cli_expect_args (cli, argc, 1, 1, error) ||        // exactly one positional
 *            !lt_cli_parse_id (argv[1], &id, error) ||
 *            !(store = lt_cli_open_store (cli, error)))
 *          return FALSE;
 *        ...
 *        return TRUE;
 *      }
 *
 *      static const LtCliCommand document_render_commands[] = {
 *        { "document", "render", N_("ID -o FILE"), N_("Render a document to PDF"), document_render },
 *      };
 *      LT_CLI_REGISTER (document_render_commands)
 *
 *    LT_CLI_REGISTER adds the table at program start (a constructor, as
 *    glib-compile-resources does for resources): nothing to edit here or in
 *    lt-cli.c, and a file not compiled yet is simply absent. (This needs
 *    the file compiled into the executable, as cli_sources are: a static
 *    library would drop an object nothing else references.)
 *
 * 3. Exit codes follow from what `run` returns:
 *    - TRUE → 0;
 *    - FALSE with an LT_ERROR (a rule refused it; the same message as the
 *      app, from core or store) → the message on stderr, exit 1;
 *    - FALSE with LT_CLI_ERROR_USAGE or G_OPTION_ERROR (bad command line;
 *      use lt_cli_usage_error ()) → the message and a hint on stderr, exit 2;
 *    - FALSE with any other error (I/O…) → the message on stderr, exit 1.
 *
 * 4. The store: lt_cli_open_store () after parsing (so that --help never
 *    touches a database), or lt_cli_open_existing_store () for a command
 *    that only reads. `--database PATH` is accepted before the command and
 *    among its options; do not define an option of that name.
 *
 * 5. Output conventions: a command that creates something prints the new id
 *    alone on stdout (lt_cli_print_id ()); `list` and `show` take `--json`
 *    and print through lt_cli_print_json () (json-glib, stable key order:
 *    lt_cli_object_to_json () follows the order the properties were
 *    installed, keys spelled with `_` as the table's columns). Every
 *    user-visible string is an English msgid in _() / N_().
 *
 * The per-issue blocks below are for declarations a group wants to share
 * (e.g. a helper of issue 5 used by issue 6's `document` commands).
 */

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "lt-affaire.h"
#include "lt-error.h"
#include "lt-store.h"

G_BEGIN_DECLS

typedef struct _LtCli LtCli;

typedef gboolean (*LtCliRunFunc) (LtCli   *cli,
                                  int      argc,
                                  char   **argv,
                                  GError **error);

typedef struct {
  const char   *group;      /* "affaire"; NULL for a top-level command */
  const char   *name;       /* "add" */
  const char   *parameters; /* N_() synopsis after the command: "[--json] ID" */
  const char   *summary;    /* N_() one line for --help */
  LtCliRunFunc  run;
} LtCliCommand;

#define LT_CLI_ERROR (lt_cli_error_quark ())

typedef enum {
  LT_CLI_ERROR_USAGE,
} LtCliError;

GQuark        lt_cli_error_quark       (void);

void          lt_cli_register_commands (const LtCliCommand  *commands,
                                        gsize                n_commands);

#define LT_CLI_REGISTER(table)                                                 \
  __attribute__((constructor)) static void                                     \
  lt_cli_register_##table (void)                                               \
  {                                                                            \
    lt_cli_register_commands (table, G_N_ELEMENTS (table));                    \
  }

/* The command being run (its group and name), for messages. */
const LtCliCommand *lt_cli_get_command (LtCli *cli);

/* Parses the options of the command with GOptionContext: --help prints the
 * command's help and exits 0; a bad option is a usage error (exit 2). On
 * return argv[0] is the command's name and argv[1…] its positional
 * arguments; an unknown `--option` is refused. */
gboolean      lt_cli_parse             (LtCli               *cli,
                                        const GOptionEntry  *entries,
                                        int                 *argc,
                                        char              ***argv,
                                        GError             **error);

/* Checks the number of positional arguments (argv[1…]); max -1 = no limit. */
gboolean      lt_cli_expect_args       (LtCli               *cli,
                                        int                  argc,
                                        int                  min,
                                        int                  max,
                                        GError             **error);

gboolean      lt_cli_usage_error       (GError             **error,
                                        const char          *format,
                                        ...) G_GNUC_PRINTF (2, 3);

/* The store of --database / LETTRINE_DATABASE / the user data dir, opened
 * once and shared (transfer full: a new reference each call). */
LtStore      *lt_cli_open_store        (LtCli               *cli,
                                        GError             **error);
/* The same, for commands that only read: a missing file is refused
 * (LT_ERROR_NOT_FOUND) instead of created empty. */
LtStore      *lt_cli_open_existing_store (LtCli             *cli,
                                          GError           **error);
/* With the store's own @flags: `seed` names its file as a new database, so
 * an empty file becomes one (LT_STORE_OPEN_NEW_EMPTY). */
LtStore      *lt_cli_open_store_full   (LtCli               *cli,
                                        LtStoreOpenFlags     flags,
                                        GError             **error);
const char   *lt_cli_get_database_path (LtCli               *cli);

/* Values typed on the command line. An id is a positive integer (usage
 * error otherwise); a date is YYYY-MM-DD or DD/MM/YYYY, returned as ISO
 * (LT_ERROR_INVALID_DATE); an amount in euros « 1 234,50 », « 1234.5 »,
 * « 12 € » → cents (LT_ERROR_INVALID_AMOUNT); an enum by its nick. */
gboolean      lt_cli_parse_id          (const char          *text,
                                        gint64              *id,
                                        GError             **error);
gboolean      lt_cli_parse_date        (const char          *text,
                                        char               **iso,
                                        GError             **error);
gboolean      lt_cli_parse_euros       (const char          *text,
                                        gint64              *cents,
                                        GError             **error);
gboolean      lt_cli_parse_enum        (GType                enum_type,
                                        const char          *text,
                                        int                 *value,
                                        GError             **error);

/* Output. */
void          lt_cli_print_id          (gint64               id);
void          lt_cli_print_json        (JsonNode            *node);
JsonNode     *lt_cli_object_to_json    (GObject             *object);
JsonNode     *lt_cli_list_to_json      (GListModel          *model);

/* --- issue 3, cli: seed, check, export, affaire, bench --- */

/* --- issue 4: prestation, step, link --- */

/* --- issue 5: document, renew, import --- */

/* --- issue 6: document render, document check --- */

/* Gives @store src/pdf's renderer: signing freezes the PDF through it. */
void          lt_cli_render_install_renderer (LtStore       *store);

/* --- issue 7: project, task, request --- */

/* --- issue 10, refusals: output --- */

/* stdout and stderr print control characters as visible \u00XX. */
void          lt_cli_output_install    (void);
/* Flushes stdout; FALSE (and @error) when the output could not be written. */
gboolean      lt_cli_output_finish     (GError             **error);

/* --- issue 12, the substance of the letter (lt-cli-letter.c) --- */
gboolean      lt_cli_set_exercice      (LtAffaire           *affaire,
                                        const char          *start,
                                        const char          *end,
                                        GError             **error);

/* --- issue 14, projects that stay editable --- */
#include "lt-project.h"

gboolean      lt_cli_project_warnings  (LtStore             *store,
                                        LtProject           *project,
                                        GPtrArray           *assignments,
                                        gboolean             force,
                                        GError             **error);

G_END_DECLS
