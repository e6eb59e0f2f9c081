/* lt-mail-preferences-page.c: Préférences › Courriel — the user's mail application, or the cabinet's SMTP server with its password in the keyring */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-mail-preferences-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lt-mail-preferences-page.h"
#include "lt-mail-secret.h"
#include "lt-mail-smtp.h"
#include "lt-store-mail.h"
#include "lt-choice-row.h"

struct _LtMailPreferencesPage
{
  LtPreferencesPage     parent_instance;

  GCancellable         *cancellable;
  char                 *last_message;
  gboolean              loading;

  GtkCheckButton       *application_check;
  GtkCheckButton       *direct_check;
  AdwPreferencesGroup  *server_group;
  AdwEntryRow          *host_row;
  GtkSpinButton        *port_spin;
  LtChoiceRow          *security_row;
  AdwEntryRow          *user_row;
  AdwEntryRow          *password_row;
  AdwEntryRow          *from_row;
};

G_DEFINE_FINAL_TYPE (LtMailPreferencesPage, lt_mail_preferences_page, LT_TYPE_PREFERENCES_PAGE)

/* The rows of security_row, in the order of the .ui. */
static const char * const securities[] = {
  LT_MAIL_SECURITY_STARTTLS, LT_MAIL_SECURITY_TLS, LT_MAIL_SECURITY_NONE,
};

static void
show_toast (LtMailPreferencesPage *self,
            const char            *message)
{
  g_free (self->last_message);
  self->last_message = g_strdup (message);
  lt_preferences_page_toast (LT_PREFERENCES_PAGE (self), message);
}

/* The settings as the rows say them now (the id and revision of the stored row). */
static LtMailSettings *
settings_from_rows (LtMailPreferencesPage  *self,
                    GError                **error)
{
  LtStore *store = lt_preferences_page_get_store (LT_PREFERENCES_PAGE (self));
  g_autoptr(LtMailSettings) settings = NULL;
  g_autofree char *host = NULL;
  guint security;

  if (store == NULL || !(settings = lt_store_get_mail_settings (store, error)))
    return NULL;

  host = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->host_row))));
  security = lt_choice_row_get_selected (self->security_row);
  lt_mail_settings_set_mode (settings, gtk_check_button_get_active (self->direct_check)
                                       ? LT_MAIL_MODE_SMTP : LT_MAIL_MODE_APPLICATION);
  lt_mail_settings_set_smtp_host (settings, host);
  lt_mail_settings_set_smtp_port (settings, gtk_spin_button_get_value_as_int (self->port_spin));
  lt_mail_settings_set_smtp_security (settings, securities[MIN (security, G_N_ELEMENTS (securities) - 1)]);
  lt_mail_settings_set_smtp_user (settings, gtk_editable_get_text (GTK_EDITABLE (self->user_row)));
  lt_mail_settings_set_from_address (settings, gtk_editable_get_text (GTK_EDITABLE (self->from_row)));

  return g_steal_pointer (&settings);
}

static void
load (LtMailPreferencesPage *self)
{
  LtStore *store = lt_preferences_page_get_store (LT_PREFERENCES_PAGE (self));
  g_autoptr(LtMailSettings) settings = NULL;
  g_autoptr(GError) error = NULL;
  gboolean direct;

  if (store == NULL || !(settings = lt_store_get_mail_settings (store, &error)))
    {
      if (error != NULL)
        show_toast (self, error->message);
      return;
    }

  self->loading = TRUE;
  direct = lt_mail_settings_is_direct (settings);
  gtk_check_button_set_active (direct ? self->direct_check : self->application_check, TRUE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->server_group), direct);
  gtk_editable_set_text (GTK_EDITABLE (self->host_row), lt_mail_settings_get_smtp_host (settings));
  gtk_spin_button_set_value (self->port_spin, lt_mail_settings_get_smtp_port (settings));
  for (guint i = 0; i < G_N_ELEMENTS (securities); i++)
    if (g_strcmp0 (securities[i], lt_mail_settings_get_smtp_security (settings)) == 0)
      lt_choice_row_set_selected (self->security_row, i);
  gtk_editable_set_text (GTK_EDITABLE (self->user_row), lt_mail_settings_get_smtp_user (settings));
  gtk_editable_set_text (GTK_EDITABLE (self->from_row), lt_mail_settings_get_from_address (settings));
  self->loading = FALSE;
}

/* keyring */

typedef struct {
  LtMailSettings *settings;
  char           *password;
} SecretJob;

static void
secret_job_free (SecretJob *job)
{
  g_clear_object (&job->settings);
  if (job->password != NULL)
    memset (job->password, 0, strlen (job->password));
  g_free (job->password);
  g_free (job);
}

static void
store_password_thread (GTask        *task,
                       gpointer      source,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  SecretJob *job = task_data;
  GError *error = NULL;

  if (lt_mail_password_store (job->settings, job->password, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
password_stored_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  LtMailPreferencesPage *self = LT_MAIL_PREFERENCES_PAGE (source);
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_toast (self, error->message);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->password_row), "");
  show_toast (self, _("E-mail settings saved, the password in the keyring"));
}

static void
test_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SecretJob *job = task_data;
  g_autofree char *stored = NULL;
  GError *error = NULL;

  if (job->password == NULL || *job->password == '\0')
    {
      stored = lt_mail_password_lookup (job->settings, cancellable, &error);
      if (error != NULL)
        {
          g_task_return_error (task, error);
          return;
        }
    }
  if (lt_mail_smtp_test (job->settings, stored != NULL ? stored : job->password, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
tested_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  LtMailPreferencesPage *self = LT_MAIL_PREFERENCES_PAGE (source);
  SecretJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_toast (self, error->message);
      return;
    }
  message = g_strdup_printf (_("The server %s took the connection and the login"),
                             lt_mail_settings_get_smtp_host (job->settings));
  show_toast (self, message);
}

static SecretJob *
secret_job_new (LtMailPreferencesPage *self,
                LtMailSettings        *settings)
{
  SecretJob *job = g_new0 (SecretJob, 1);

  job->settings = g_object_ref (settings);
  job->password = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->password_row)));
  return job;
}

/* callbacks */

static void
on_mode_toggled_cb (LtMailPreferencesPage *self)
{
  g_autoptr(GError) error = NULL;
  gboolean direct = gtk_check_button_get_active (self->direct_check);

  gtk_widget_set_sensitive (GTK_WIDGET (self->server_group), direct);
  if (self->loading)
    return;
  /* the choice is kept at once when it can be; else « Save » keeps it */
  if (!lt_mail_preferences_page_save (self, &error))
    show_toast (self, direct ? _("Enter the cabinet’s server, then save") : error->message);
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LtMailPreferencesPage *self = LT_MAIL_PREFERENCES_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (!lt_mail_preferences_page_save (self, &error))
    show_toast (self, error->message);
}

static void
test_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  lt_mail_preferences_page_test (LT_MAIL_PREFERENCES_PAGE (widget));
}

/* overrides */

static void
lt_mail_preferences_page_constructed (GObject *object)
{
  LtMailPreferencesPage *self = LT_MAIL_PREFERENCES_PAGE (object);

  G_OBJECT_CLASS (lt_mail_preferences_page_parent_class)->constructed (object);

  load (self);
  g_signal_connect_object (self->direct_check, "toggled", G_CALLBACK (on_mode_toggled_cb), self, G_CONNECT_SWAPPED);
}

static void
lt_mail_preferences_page_dispose (GObject *object)
{
  LtMailPreferencesPage *self = LT_MAIL_PREFERENCES_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), LT_TYPE_MAIL_PREFERENCES_PAGE);

  G_OBJECT_CLASS (lt_mail_preferences_page_parent_class)->dispose (object);
}

static void
lt_mail_preferences_page_finalize (GObject *object)
{
  LtMailPreferencesPage *self = LT_MAIL_PREFERENCES_PAGE (object);

  g_clear_object (&self->cancellable);
  g_free (self->last_message);

  G_OBJECT_CLASS (lt_mail_preferences_page_parent_class)->finalize (object);
}

static void
lt_mail_preferences_page_class_init (LtMailPreferencesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = lt_mail_preferences_page_constructed;
  object_class->dispose = lt_mail_preferences_page_dispose;
  object_class->finalize = lt_mail_preferences_page_finalize;

  gtk_widget_class_install_action (widget_class, "mail.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "mail.test", NULL, test_activated);

  g_type_ensure (LT_TYPE_CHOICE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/lt-mail-preferences-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LtMailPreferencesPage, application_check);
  gtk_widget_class_bind_template_child (widget_class, LtMailPreferencesPage, direct_check);
  gtk_widget_class_bind_template_child (widget_class, LtMailPreferencesPage, server_group);
  gtk_widget_class_bind_template_child (widget_class, LtMailPreferencesPage, host_row);
  gtk_widget_class_bind_template_child (widget_class, LtMailPreferencesPage, port_spin);
  gtk_widget_class_bind_template_child (widget_class, LtMailPreferencesPage, security_row);
  gtk_widget_class_bind_template_child (widget_class, LtMailPreferencesPage, user_row);
  gtk_widget_class_bind_template_child (widget_class, LtMailPreferencesPage, password_row);
  gtk_widget_class_bind_template_child (widget_class, LtMailPreferencesPage, from_row);
}

static void
lt_mail_preferences_page_init (LtMailPreferencesPage *self)
{
  self->cancellable = g_cancellable_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* public API */

GtkWidget *
lt_mail_preferences_page_new (LtContext *context)
{
  g_return_val_if_fail (LT_IS_CONTEXT (context), NULL);

  return g_object_new (LT_TYPE_MAIL_PREFERENCES_PAGE, "context", context, NULL);
}

gboolean
lt_mail_preferences_page_save (LtMailPreferencesPage  *self,
                               GError                **error)
{
  g_autoptr(LtMailSettings) settings = NULL;
  const char *password;

  g_return_val_if_fail (LT_IS_MAIL_PREFERENCES_PAGE (self), FALSE);

  if (!(settings = settings_from_rows (self, error)) ||
      !lt_store_update_mail_settings (lt_preferences_page_get_store (LT_PREFERENCES_PAGE (self)), settings, error))
    return FALSE;

  password = gtk_editable_get_text (GTK_EDITABLE (self->password_row));
  if (password != NULL && *password != '\0')
    {
      g_autoptr(GTask) task = g_task_new (self, self->cancellable, password_stored_cb, NULL);

      g_task_set_task_data (task, secret_job_new (self, settings), (GDestroyNotify) secret_job_free);
      g_task_run_in_thread (task, store_password_thread);
    }
  else
    show_toast (self, _("E-mail settings saved"));

  return TRUE;
}

void
lt_mail_preferences_page_test (LtMailPreferencesPage *self)
{
  g_autoptr(LtMailSettings) settings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (LT_IS_MAIL_PREFERENCES_PAGE (self));

  if (!(settings = settings_from_rows (self, &error)))
    {
      show_toast (self, error->message);
      return;
    }
  /* tested as typed, even before « Save » */
  lt_mail_settings_set_mode (settings, LT_MAIL_MODE_SMTP);
  task = g_task_new (self, self->cancellable, tested_cb, NULL);
  g_task_set_task_data (task, secret_job_new (self, settings), (GDestroyNotify) secret_job_free);
  g_task_run_in_thread (task, test_thread);
}

const char *
lt_mail_preferences_page_get_last_message (LtMailPreferencesPage *self)
{
  g_return_val_if_fail (LT_IS_MAIL_PREFERENCES_PAGE (self), NULL);

  return self->last_message != NULL ? self->last_message : "";
}
