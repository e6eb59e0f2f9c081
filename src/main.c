/* main.c: starts Lettrine */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lettrine"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "lt-application.h"

/* Started from a meson build tree (`make run`, tests, screenshots), use the
 * translations and settings schema built there rather than installed ones. */
static const char *
find_build_tree (void)
{
  static char *build_dir;
  g_autofree char *exe = NULL;
  g_autofree char *src_dir = NULL;
  g_autofree char *candidate = NULL;
  g_autofree char *ninja = NULL;

  if (build_dir != NULL)
    return build_dir;

  exe = g_file_read_link ("/proc/self/exe", NULL);
  if (exe == NULL)
    return NULL;

  src_dir = g_path_get_dirname (exe);
  candidate = g_path_get_dirname (src_dir);
  ninja = g_build_filename (candidate, "build.ninja", NULL);
  if (!g_file_test (ninja, G_FILE_TEST_EXISTS))
    return NULL;

  build_dir = g_steal_pointer (&candidate);

  return build_dir;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LtApplication) app = NULL;
  const char *build_dir = find_build_tree ();
  g_autofree char *localedir = NULL;

  if (build_dir != NULL)
    {
      g_autofree char *schemas = g_build_filename (build_dir, "data", NULL);

      localedir = g_build_filename (build_dir, "po", NULL);
      g_setenv ("GSETTINGS_SCHEMA_DIR", schemas, FALSE);
    }

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = lt_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
