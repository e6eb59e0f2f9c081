/* ui-shell-fixtures.h: a context on a fresh database and widget lookups for the shell tests */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <glib/gstdio.h>
#include <string.h>

#include "lt-application.h"
#include "lt-context.h"
#include "lt-firm-preferences-page.h"
#include "lt-preferences-window.h"
#include "lt-staff-preferences-page.h"
#include "lt-store.h"
#include "lt-store-demo.h"
#include "lt-window.h"
#include "lt-choice-row.h"

#include "ui-fixtures.h"

typedef struct {
  char      *dir;
  char      *path;
  GSettings *settings;
  LtContext *context;
} Fixture;

static inline void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr(LtStore) store = NULL;

  f->dir = g_dir_make_tmp ("lettrine-shell-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.db", NULL);

  store = lt_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);

  f->settings = g_settings_new_with_backend (APPLICATION_ID, backend);
  f->context = lt_context_new (store, f->settings);
}

static inline void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);
      g_remove (child);
    }
  g_rmdir (dir);
}

static inline void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->context);
  g_clear_object (&f->settings);
  remove_dir (f->dir);
  g_clear_pointer (&f->path, g_free);
  g_clear_pointer (&f->dir, g_free);
}

static inline gboolean
wait_for_mapped (GtkWidget *widget)
{
  for (int i = 0; i < 2000 && !gtk_widget_get_mapped (widget); i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  iterate (20);

  return gtk_widget_get_mapped (widget);
}

static inline GtkWidget *
find_by_type (GtkWidget *widget,
              GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* A widget of the shell's templates, by its widget name. */
static inline GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static inline void
destroy_and_finalize (GtkWindow *window)
{
  g_object_ref (window);
  gtk_window_destroy (window);
  iterate (10);
  g_assert_finalize_object (window);
}
