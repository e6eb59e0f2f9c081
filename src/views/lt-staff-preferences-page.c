/* lt-staff-preferences-page.c: add, rename, e-mail, weekly capacity, deactivate intervenants; « I am » */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-staff-preferences-page"

#include "config.h"

#include <glib/gi18n.h>

#include "lt-staff.h"
#include "lt-staff-preferences-page.h"
#include "lt-store-affaires.h"
#include "lt-choice-row.h"

struct _LtStaffPreferencesPage
{
  AdwPreferencesPage   parent_instance;

  LtContext           *context;
  GPtrArray           *rows;      /* AdwExpanderRow, one per intervenant */
  GArray              *me_ids;    /* gint64, parallel to me_row */
  char                *last_message;
  gboolean             filling;

  LtChoiceRow         *me_row;
  AdwPreferencesGroup *staff_group;
  AdwEntryRow         *new_row;
};

G_DEFINE_FINAL_TYPE (LtStaffPreferencesPage, lt_staff_preferences_page, ADW_TYPE_PREFERENCES_PAGE)

static void rebuild (LtStaffPreferencesPage *self);

static void
show_message (LtStaffPreferencesPage *self,
              const char             *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  g_free (self->last_message);
  self->last_message = g_strdup (message);
  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), adw_toast_new (message));
}

static gint64
row_staff_id (GtkWidget *widget)
{
  return GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (widget), "staff-id"));
}

/* Reads the fields of an intervenant's row and saves them. */
static void
save_row (LtStaffPreferencesPage *self,
          GtkWidget              *expander)
{
  AdwEntryRow *name = g_object_get_data (G_OBJECT (expander), "name-row");
  AdwEntryRow *email = g_object_get_data (G_OBJECT (expander), "email-row");
  GtkSpinButton *hours = g_object_get_data (G_OBJECT (expander), "hours");
  GtkSwitch *active = g_object_get_data (G_OBJECT (expander), "active");

  if (self->filling)
    return;

  lt_staff_preferences_page_update (self, row_staff_id (expander),
                                    gtk_editable_get_text (GTK_EDITABLE (name)),
                                    gtk_editable_get_text (GTK_EDITABLE (email)),
                                    gtk_spin_button_get_value_as_int (hours),
                                    gtk_switch_get_active (active));
}

static void
on_field_changed_cb (GtkWidget              *widget,
                     LtStaffPreferencesPage *self)
{
  GtkWidget *expander = gtk_widget_get_ancestor (widget, ADW_TYPE_EXPANDER_ROW);

  if (expander == NULL)
    return;
  /* Saving rebuilds the rows, this one included, while @widget is still
   * emitting (a spin button's adjustment, a switch's animation, an apply
   * button's click): the row is let go only once that is over. */
  g_idle_add_once ((GSourceOnceFunc) g_object_unref, g_object_ref (expander));
  save_row (self, expander);
}

/* notify::active passes the GParamSpec before the page. */
static void
on_active_notify_cb (GtkWidget              *widget,
                     GParamSpec             *pspec,
                     LtStaffPreferencesPage *self)
{
  on_field_changed_cb (widget, self);
}

static void
on_new_row_apply_cb (LtStaffPreferencesPage *self)
{
  if (lt_staff_preferences_page_add (self, gtk_editable_get_text (GTK_EDITABLE (self->new_row))))
    gtk_editable_set_text (GTK_EDITABLE (self->new_row), "");
}

static void
on_me_selected_cb (LtStaffPreferencesPage *self)
{
  guint pos = lt_choice_row_get_selected (self->me_row);

  if (self->filling || pos == GTK_INVALID_LIST_POSITION || pos >= self->me_ids->len)
    return;

  g_settings_set_int64 (lt_context_get_settings (self->context), "current-staff",
                        g_array_index (self->me_ids, gint64, pos));
}

static GtkWidget *
add_staff_row (LtStaffPreferencesPage *self,
               LtStaff                *staff)
{
  GtkWidget *expander = adw_expander_row_new ();
  GtkWidget *name = adw_entry_row_new ();
  GtkWidget *email = adw_entry_row_new ();
  GtkWidget *hours_row = adw_action_row_new ();
  GtkWidget *active_row = adw_action_row_new ();
  GtkWidget *hours = gtk_spin_button_new_with_range (0, 80, 1);
  GtkWidget *active = gtk_switch_new ();
  g_autofree char *subtitle = NULL;

  subtitle = g_strdup_printf (_("%s · %d h a week%s"),
                              *lt_staff_get_email (staff) != '\0' ? lt_staff_get_email (staff) : _("no e-mail"),
                              lt_staff_get_weekly_hours (staff),
                              lt_staff_get_active (staff) ? "" : _(" · deactivated"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), lt_staff_get_name (staff));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
  g_object_set_data (G_OBJECT (expander), "staff-id", GSIZE_TO_POINTER (lt_staff_get_id (staff)));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (name), _("Name"));
  gtk_editable_set_text (GTK_EDITABLE (name), lt_staff_get_name (staff));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (name), TRUE);
  g_signal_connect (name, "apply", G_CALLBACK (on_field_changed_cb), self);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (email), _("E-mail"));
  gtk_editable_set_text (GTK_EDITABLE (email), lt_staff_get_email (staff));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (email), TRUE);
  g_signal_connect (email, "apply", G_CALLBACK (on_field_changed_cb), self);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (hours_row), _("Weekly capacity (hours)"));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (hours), lt_staff_get_weekly_hours (staff));
  gtk_widget_set_valign (hours, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (hours), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Weekly capacity (hours)"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (hours_row), hours);
  g_signal_connect (hours, "value-changed", G_CALLBACK (on_field_changed_cb), self);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (active_row), _("Active"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (active_row), _("Offered for new projects and tasks"));
  gtk_switch_set_active (GTK_SWITCH (active), lt_staff_get_active (staff));
  gtk_widget_set_valign (active, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (active), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Active"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (active_row), active);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (active_row), active);
  g_signal_connect (active, "notify::active", G_CALLBACK (on_active_notify_cb), self);

  g_object_set_data (G_OBJECT (expander), "name-row", name);
  g_object_set_data (G_OBJECT (expander), "email-row", email);
  g_object_set_data (G_OBJECT (expander), "hours", hours);
  g_object_set_data (G_OBJECT (expander), "active", active);

  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), name);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), email);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), hours_row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), active_row);

  adw_preferences_group_add (self->staff_group, expander);
  return expander;
}

static void
rebuild (LtStaffPreferencesPage *self)
{
  g_autoptr(GListModel) staff = lt_store_list_staff (lt_context_get_store (self->context), FALSE);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gint64 me = g_settings_get_int64 (lt_context_get_settings (self->context), "current-staff");
  gint64 none = 0;
  guint me_pos = 0;

  self->filling = TRUE;

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->staff_group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  g_array_set_size (self->me_ids, 0);
  g_array_append_val (self->me_ids, none);
  gtk_string_list_append (names, _("Nobody chosen"));

  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(LtStaff) s = g_list_model_get_item (staff, i);
      gint64 id = lt_staff_get_id (s);

      g_ptr_array_add (self->rows, add_staff_row (self, s));
      if (!lt_staff_get_active (s) && id != me)
        continue;
      if (id == me)
        me_pos = self->me_ids->len;
      g_array_append_val (self->me_ids, id);
      gtk_string_list_append (names, lt_staff_get_name (s));
    }

  lt_choice_row_set_model (self->me_row, G_LIST_MODEL (names));
  lt_choice_row_set_selected (self->me_row, me_pos);

  self->filling = FALSE;
}

static void
lt_staff_preferences_page_dispose (GObject *object)
{
  LtStaffPreferencesPage *self = (LtStaffPreferencesPage *) object;

  g_clear_object (&self->context);

  G_OBJECT_CLASS (lt_staff_preferences_page_parent_class)->dispose (object);
}

static void
lt_staff_preferences_page_finalize (GObject *object)
{
  LtStaffPreferencesPage *self = (LtStaffPreferencesPage *) object;

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->me_ids, g_array_unref);
  g_free (self->last_message);

  G_OBJECT_CLASS (lt_staff_preferences_page_parent_class)->finalize (object);
}

static void
lt_staff_preferences_page_class_init (LtStaffPreferencesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lt_staff_preferences_page_dispose;
  object_class->finalize = lt_staff_preferences_page_finalize;

  g_type_ensure (LT_TYPE_CHOICE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/lt-staff-preferences-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LtStaffPreferencesPage, me_row);
  gtk_widget_class_bind_template_child (widget_class, LtStaffPreferencesPage, staff_group);
  gtk_widget_class_bind_template_child (widget_class, LtStaffPreferencesPage, new_row);
  gtk_widget_class_bind_template_callback (widget_class, on_new_row_apply_cb);
}

static void
lt_staff_preferences_page_init (LtStaffPreferencesPage *self)
{
  self->rows = g_ptr_array_new ();
  self->me_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->me_row, "notify::selected", G_CALLBACK (on_me_selected_cb), self);
}

/**
 * lt_staff_preferences_page_new:
 *
 * Returns: (transfer floating): the page, for the preferences window
 */
GtkWidget *
lt_staff_preferences_page_new (LtContext *context)
{
  LtStaffPreferencesPage *self;

  g_return_val_if_fail (LT_IS_CONTEXT (context), NULL);

  self = g_object_new (LT_TYPE_STAFF_PREFERENCES_PAGE, NULL);
  self->context = g_object_ref (context);
  rebuild (self);

  return GTK_WIDGET (self);
}

gboolean
lt_staff_preferences_page_add (LtStaffPreferencesPage *self,
                               const char             *name)
{
  g_autoptr(LtStaff) staff = lt_staff_new ();
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (LT_IS_STAFF_PREFERENCES_PAGE (self), FALSE);

  lt_staff_set_name (staff, name);
  lt_staff_set_weekly_hours (staff, 35);
  lt_staff_set_active (staff, TRUE);
  lt_staff_set_email (staff, "");
  if (!lt_store_add_staff (lt_context_get_store (self->context), staff, &error))
    {
      show_message (self, error->message);
      return FALSE;
    }

  rebuild (self);
  return TRUE;
}

/**
 * lt_staff_preferences_page_update:
 *
 * Saves an intervenant as edited; a refusal (no name, bad e-mail, capacity
 * out of 0–80 h) is shown and the fields keep what was typed.
 */
gboolean
lt_staff_preferences_page_update (LtStaffPreferencesPage *self,
                                  gint64                  staff_id,
                                  const char             *name,
                                  const char             *email,
                                  int                     weekly_hours,
                                  gboolean                active)
{
  LtStore *store;
  g_autoptr(LtStaff) staff = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (LT_IS_STAFF_PREFERENCES_PAGE (self), FALSE);

  store = lt_context_get_store (self->context);
  staff = lt_store_get_staff (store, staff_id, &error);
  if (staff != NULL)
    {
      lt_staff_set_name (staff, name);
      lt_staff_set_email (staff, email);
      lt_staff_set_weekly_hours (staff, weekly_hours);
      lt_staff_set_active (staff, active);
    }

  if (staff == NULL || !lt_store_update_staff (store, staff, &error))
    {
      show_message (self, error->message);
      return FALSE;
    }

  /* the title, subtitle and « I am » follow; typed text is what was saved */
  rebuild (self);
  return TRUE;
}

guint
lt_staff_preferences_page_get_n_staff (LtStaffPreferencesPage *self)
{
  g_return_val_if_fail (LT_IS_STAFF_PREFERENCES_PAGE (self), 0);

  return self->rows->len;
}

const char *
lt_staff_preferences_page_get_last_message (LtStaffPreferencesPage *self)
{
  g_return_val_if_fail (LT_IS_STAFF_PREFERENCES_PAGE (self), NULL);

  return self->last_message;
}
