/* lt-cli.c: lettrine-cli — global options, the command table, dispatch and exit codes */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-cli"

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "lt-cli-commands.h"
#include "lt-store-bench.h"

#define MAX_TABLES 64

struct _LtCli {
  char               *database_path;
  LtStore            *store;
  const LtCliCommand *command;
  char               *command_line;  /* "affaire add", for messages */
};

typedef struct {
  const LtCliCommand *commands;
  gsize               n_commands;
} Table;

/* Filled by constructors before main (LT_CLI_REGISTER): no allocation. */
static Table tables[MAX_TABLES];
static guint n_tables;

G_DEFINE_QUARK (lt-cli-error-quark, lt_cli_error)

void
lt_cli_register_commands (const LtCliCommand *commands,
                          gsize               n_commands)
{
  if (n_tables == MAX_TABLES)
    {
      fprintf (stderr, "lettrine-cli: too many command tables (raise MAX_TABLES)\n");
      return;
    }

  tables[n_tables].commands = commands;
  tables[n_tables].n_commands = n_commands;
  n_tables++;
}

static int
compare_commands (gconstpointer a,
                  gconstpointer b)
{
  const LtCliCommand *ca = *(const LtCliCommand **) a;
  const LtCliCommand *cb = *(const LtCliCommand **) b;
  int r;

  /* Top-level commands first, then groups, each in alphabetical order. */
  if ((ca->group == NULL) != (cb->group == NULL))
    return ca->group == NULL ? -1 : 1;
  if (ca->group != NULL && (r = strcmp (ca->group, cb->group)) != 0)
    return r;
  return strcmp (ca->name, cb->name);
}

/* Every registered command, sorted as --help lists them. */
static GPtrArray *
all_commands (void)
{
  GPtrArray *all = g_ptr_array_new ();

  for (guint i = 0; i < n_tables; i++)
    for (gsize j = 0; j < tables[i].n_commands; j++)
      if (tables[i].commands[j].name != NULL)
        g_ptr_array_add (all, (gpointer) &tables[i].commands[j]);

  g_ptr_array_sort (all, compare_commands);

  return all;
}

static const LtCliCommand *
find_command (const char *group,
              const char *name)
{
  for (guint i = 0; i < n_tables; i++)
    for (gsize j = 0; j < tables[i].n_commands; j++)
      {
        const LtCliCommand *c = &tables[i].commands[j];

        if (c->name != NULL &&
            g_strcmp0 (c->group, group) == 0 &&
            g_strcmp0 (c->name, name) == 0)
          return c;
      }

  return NULL;
}

static gboolean
is_group (const char *word)
{
  for (guint i = 0; i < n_tables; i++)
    for (gsize j = 0; j < tables[i].n_commands; j++)
      if (g_strcmp0 (tables[i].commands[j].group, word) == 0)
        return TRUE;

  return FALSE;
}

static char *
command_synopsis (const LtCliCommand *c)
{
  return g_strdup_printf ("%s%s%s%s%s",
                          c->group != NULL ? c->group : "",
                          c->group != NULL ? " " : "",
                          c->name,
                          c->parameters != NULL ? " " : "",
                          c->parameters != NULL ? _(c->parameters) : "");
}

static void
print_command_list (GString    *out,
                    const char *only_group)
{
  g_autoptr(GPtrArray) all = all_commands ();

  for (guint i = 0; i < all->len; i++)
    {
      const LtCliCommand *c = g_ptr_array_index (all, i);
      g_autofree char *synopsis = NULL;

      if (only_group != NULL && g_strcmp0 (c->group, only_group) != 0)
        continue;

      synopsis = command_synopsis (c);
      g_string_append_printf (out, "  %s\n", synopsis);
      if (c->summary != NULL)
        g_string_append_printf (out, "      %s\n", _(c->summary));
    }
}

static void
print_help (FILE       *stream,
            const char *only_group)
{
  g_autoptr(GString) out = g_string_new (NULL);

  if (only_group != NULL)
    {
      g_string_append_printf (out, _("Usage:\n  lettrine-cli [--database PATH] %s COMMAND [ARGS…]\n"), only_group);
      g_string_append_printf (out, "\n%s\n", _("Commands:"));
      print_command_list (out, only_group);
      g_string_append_printf (out, "\n");
      g_string_append_printf (out, _("Run « lettrine-cli %s COMMAND --help » for the options of a command.\n"), only_group);
      fputs (out->str, stream);
      return;
    }

  g_string_append (out, _("Usage:\n  lettrine-cli [--database PATH] COMMAND [ARGS…]\n"));
  g_string_append (out, "\n");
  g_string_append (out, _("Lettrine’s operations without a display: the same database, the same rules.\n"));
  g_string_append_printf (out, "\n%s\n", _("Options:"));
  g_string_append_printf (out, "  -d, --database %s\n      %s\n", _("PATH"),
                          _("The database to use (default: $LETTRINE_DATABASE, else the user’s Lettrine database)"));
  g_string_append_printf (out, "  -h, --help\n      %s\n", _("Show this help"));
  g_string_append_printf (out, "  --version\n      %s\n", _("Show the version"));
  g_string_append_printf (out, "\n%s\n", _("Commands:"));
  print_command_list (out, NULL);
  g_string_append (out, "\n");
  g_string_append (out, _("Run « lettrine-cli COMMAND --help » for the options of a command.\n"));
  g_string_append (out, _("Exit status: 0 done, 1 refused by a rule or failed (the reason on stderr), 2 bad usage.\n"));
  fputs (out->str, stream);
}

static int
usage_exit (const char *message)
{
  fprintf (stderr, "lettrine-cli: %s\n", message);
  fprintf (stderr, _("Run « lettrine-cli --help » for the list of commands.\n"));
  return 2;
}

static int
run_command (LtCli              *cli,
             const LtCliCommand *command,
             int                 argc,
             char              **argv)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) owned = NULL;
  g_autofree char **args = NULL;
  g_autofree char *prgname = NULL;
  gboolean ok;

  cli->command = command;
  cli->command_line = command->group != NULL
    ? g_strdup_printf ("%s %s", command->group, command->name)
    : g_strdup (command->name);

  /* GOptionContext prints g_get_prgname () in its usage line. */
  prgname = g_strdup_printf ("lettrine-cli %s", cli->command_line);
  g_set_prgname (prgname);

  /* The command's argv: its name then its arguments. Option parsing
   * shuffles the pointers of @args; @owned keeps every string to free. */
  owned = g_new0 (char *, argc + 2);
  owned[0] = g_strdup (cli->command_line);
  for (int i = 0; i < argc; i++)
    owned[i + 1] = g_strdup (argv[i]);
  args = g_memdup2 (owned, sizeof (char *) * (argc + 2));

  ok = command->run (cli, argc + 1, args, &error);
  if (!lt_cli_output_finish (ok ? &error : NULL))
    ok = FALSE;

  if (ok)
    return 0;

  if (error == NULL)
    {
      fprintf (stderr, "lettrine-cli %s: %s\n", cli->command_line, _("The command failed without saying why."));
      return 1;
    }

  if (error->domain == LT_CLI_ERROR || error->domain == G_OPTION_ERROR)
    {
      fprintf (stderr, "lettrine-cli %s: %s\n", cli->command_line, error->message);
      fprintf (stderr, _("Run « lettrine-cli %s --help » for its options.\n"), cli->command_line);
      return 2;
    }

  fprintf (stderr, "%s\n", error->message);
  return 1;
}

static void
lt_cli_clear (LtCli *cli)
{
  g_clear_object (&cli->store);
  g_clear_pointer (&cli->database_path, g_free);
  g_clear_pointer (&cli->command_line, g_free);
}

const LtCliCommand *
lt_cli_get_command (LtCli *cli)
{
  return cli->command;
}

gboolean
lt_cli_usage_error (GError     **error,
                    const char  *format,
                    ...)
{
  va_list args;

  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (LT_CLI_ERROR, LT_CLI_ERROR_USAGE, format, args));
  va_end (args);

  return FALSE;
}

gboolean
lt_cli_parse (LtCli               *cli,
              const GOptionEntry  *entries,
              int                 *argc,
              char              ***argv,
              GError             **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *database = NULL;
  const GOptionEntry global_entries[] = {
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &database,
      N_("The database to use (default: $LETTRINE_DATABASE, else the user’s Lettrine database)"), N_("PATH") },
    { NULL }
  };
  const LtCliCommand *c = cli->command;

  context = g_option_context_new (c->parameters != NULL ? _(c->parameters) : NULL);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (c->summary != NULL)
    g_option_context_set_summary (context, _(c->summary));
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  /* --database may also come after the command. */
  g_option_context_add_main_entries (context, global_entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, argc, argv, error))
    return FALSE;

  if (database != NULL)
    {
      g_return_val_if_fail (cli->store == NULL, FALSE);
      g_free (cli->database_path);
      cli->database_path = g_steal_pointer (&database);
    }

  for (int i = 1; i < *argc; i++)
    if (g_str_has_prefix ((*argv)[i], "--"))
      return lt_cli_usage_error (error, _("Unknown option %s"), (*argv)[i]);

  return TRUE;
}

gboolean
lt_cli_expect_args (LtCli   *cli,
                    int      argc,
                    int      min,
                    int      max,
                    GError **error)
{
  int n = argc - 1;

  if (n < min)
    return lt_cli_usage_error (error, _("Missing argument: %s"),
                               cli->command->parameters != NULL ? _(cli->command->parameters) : "");
  if (max >= 0 && n > max)
    return lt_cli_usage_error (error, _("Too many arguments"));

  return TRUE;
}

const char *
lt_cli_get_database_path (LtCli *cli)
{
  return cli->database_path;
}

LtStore *
lt_cli_open_store_full (LtCli             *cli,
                        LtStoreOpenFlags   flags,
                        GError           **error)
{
  if (cli->store == NULL)
    {
      if (cli->database_path == NULL)
        cli->database_path = lt_store_default_path ();

      cli->store = lt_store_open_full (cli->database_path, flags, error);
      if (cli->store == NULL)
        return NULL;
      /* The sign operation (and the demo) freeze PDFs through it. */
      lt_cli_render_install_renderer (cli->store);
    }

  return g_object_ref (cli->store);
}

LtStore *
lt_cli_open_store (LtCli   *cli,
                   GError **error)
{
  return lt_cli_open_store_full (cli, LT_STORE_OPEN_CREATE, error);
}

/* Run from a build tree (build/src/cli/lettrine-cli beside build.ninja),
 * the translations are the ones just built in build/po, as for the app. */
static char *
build_tree_localedir (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *cli_dir = NULL;
  g_autofree char *src_dir = NULL;
  g_autofree char *build_dir = NULL;
  g_autofree char *ninja = NULL;

  if (exe == NULL)
    return NULL;

  cli_dir = g_path_get_dirname (exe);
  src_dir = g_path_get_dirname (cli_dir);
  build_dir = g_path_get_dirname (src_dir);
  ninja = g_build_filename (build_dir, "build.ninja", NULL);

  return g_file_test (ninja, G_FILE_TEST_EXISTS) ? g_build_filename (build_dir, "po", NULL) : NULL;
}

LtStore *
lt_cli_open_existing_store (LtCli   *cli,
                            GError **error)
{
  if (cli->store == NULL)
    {
      if (cli->database_path == NULL)
        cli->database_path = lt_store_default_path ();

      if (!g_file_test (cli->database_path, G_FILE_TEST_EXISTS))
        {
          g_set_error (error, LT_ERROR, LT_ERROR_NOT_FOUND,
                       _("There is no database at %s: create one with « lettrine-cli seed » or by starting Lettrine."),
                       cli->database_path);
          return NULL;
        }
    }

  return lt_cli_open_store_full (cli, LT_STORE_OPEN_EXISTING, error);
}

int
main (int    argc,
      char **argv)
{
  LtCli cli = { 0 };
  const LtCliCommand *command;
  const char *word;
  int i = 1;
  int status;

  g_autofree char *localedir = build_tree_localedir ();

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("lettrine-cli");

  /* `bench` measures opening a database in a fresh process: this one. */
  if (argc == 3 && g_str_equal (argv[1], LT_STORE_BENCH_PROBE_ARG))
    return lt_store_bench_probe (argv[2]);

  lt_cli_output_install ();

  if (g_getenv ("LETTRINE_DATABASE") != NULL && *g_getenv ("LETTRINE_DATABASE") != '\0')
    cli.database_path = g_strdup (g_getenv ("LETTRINE_DATABASE"));

  /* Global options come before the command. */
  for (; i < argc && argv[i][0] == '-'; i++)
    {
      const char *arg = argv[i];

      if (g_str_equal (arg, "-h") || g_str_equal (arg, "--help"))
        {
          print_help (stdout, NULL);
          return 0;
        }
      else if (g_str_equal (arg, "--version"))
        {
          printf ("lettrine-cli %s\n", PACKAGE_VERSION);
          return 0;
        }
      else if (g_str_equal (arg, "-d") || g_str_equal (arg, "--database"))
        {
          if (i + 1 >= argc)
            return usage_exit (_("--database needs a PATH"));
          g_free (cli.database_path);
          cli.database_path = g_strdup (argv[++i]);
        }
      else if (g_str_has_prefix (arg, "--database="))
        {
          g_free (cli.database_path);
          cli.database_path = g_strdup (arg + strlen ("--database="));
        }
      else
        {
          g_autofree char *message = g_strdup_printf (_("Unknown option %s"), arg);
          lt_cli_clear (&cli);
          return usage_exit (message);
        }
    }

  if (i >= argc)
    {
      print_help (stderr, NULL);
      lt_cli_clear (&cli);
      return 2;
    }

  word = argv[i];

  if (g_str_equal (word, "help"))
    {
      if (i + 1 < argc && is_group (argv[i + 1]))
        print_help (stdout, argv[i + 1]);
      else
        print_help (stdout, NULL);
      lt_cli_clear (&cli);
      return 0;
    }

  if ((command = find_command (NULL, word)) != NULL)
    {
      status = run_command (&cli, command, argc - i - 1, argv + i + 1);
    }
  else if (is_group (word))
    {
      const char *sub = i + 1 < argc ? argv[i + 1] : NULL;

      if (sub == NULL || g_str_equal (sub, "--help") || g_str_equal (sub, "-h"))
        {
          print_help (sub != NULL ? stdout : stderr, word);
          status = sub != NULL ? 0 : 2;
        }
      else if ((command = find_command (word, sub)) != NULL)
        {
          status = run_command (&cli, command, argc - i - 2, argv + i + 2);
        }
      else
        {
          g_autofree char *message = g_strdup_printf (_("Unknown command « %s %s »"), word, sub);
          status = usage_exit (message);
        }
    }
  else
    {
      g_autofree char *message = g_strdup_printf (_("Unknown command « %s »"), word);
      status = usage_exit (message);
    }

  lt_cli_clear (&cli);

  return status;
}
