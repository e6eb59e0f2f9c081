/* lt-firm-preferences-page.c: the cabinet's letterhead details, in Préférences */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-firm-preferences-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lettrine-core.h"
#include "lt-firm-preferences-page.h"
#include "lt-store-affaires.h"

/* The firm's properties, in the order of the rows of the template. */
static const char * const fields[] = {
  "name", "legal-form", "signatory-name",
  "address", "postal-code", "city", "phone", "email",
  "siren", "rcs", "ordre", "vat-number", "insurance",
  "mediator-name", "mediator-address", "mediator-website",
};
static const char * const row_names[] = {
  "name_row", "legal_form_row", "signatory_name_row",
  "address_row", "postal_code_row", "city_row", "phone_row", "email_row",
  "siren_row", "rcs_row", "ordre_row", "vat_number_row", "insurance_row",
  "mediator_name_row", "mediator_address_row", "mediator_website_row",
};
#define N_FIELDS G_N_ELEMENTS (fields)

struct _LtFirmPreferencesPage {
  AdwPreferencesPage  parent_instance;

  AdwEntryRow        *rows[N_FIELDS];
  GtkSwitch          *alsace_moselle_switch;
  gboolean            loading;

  LtContext          *context;
  char               *stored[N_FIELDS];   /* the values last read from the store */
  char               *error;
};

G_DEFINE_FINAL_TYPE (LtFirmPreferencesPage, lt_firm_preferences_page, ADW_TYPE_PREFERENCES_PAGE)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static int
field_of_row (LtFirmPreferencesPage *self,
              AdwEntryRow           *row)
{
  for (guint i = 0; i < N_FIELDS; i++)
    if (self->rows[i] == row)
      return i;

  return -1;
}

static void
set_row_error (LtFirmPreferencesPage *self,
               guint                  field,
               const char            *message)
{
  GtkWidget *row = GTK_WIDGET (self->rows[field]);

  if (message != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_widget_set_tooltip_text (row, message);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
    }
  else
    {
      gtk_widget_remove_css_class (row, "error");
      gtk_widget_set_tooltip_text (row, NULL);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

/* Rows the user is not editing follow the store; one being edited keeps
 * what was typed. */
static void
load (LtFirmPreferencesPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtFirm) firm = lt_store_get_firm (lt_context_get_store (self->context), &error);

  if (firm == NULL)
    {
      g_free (self->error);
      self->error = g_strdup (error->message);
      return;
    }

  for (guint i = 0; i < N_FIELDS; i++)
    {
      g_autofree char *value = NULL;
      const char *shown = gtk_editable_get_text (GTK_EDITABLE (self->rows[i]));
      gboolean edited = g_strcmp0 (shown, self->stored[i] ? self->stored[i] : "") != 0;

      g_object_get (firm, fields[i], &value, NULL);
      if (!edited)
        gtk_editable_set_text (GTK_EDITABLE (self->rows[i]), value ? value : "");
      g_free (self->stored[i]);
      self->stored[i] = g_strdup (value ? value : "");
    }

  self->loading = TRUE;
  gtk_switch_set_active (self->alsace_moselle_switch, lt_firm_get_alsace_moselle (firm));
  self->loading = FALSE;
}

/* The calendar of the whole cabinet: every due date computed from now on
 * (new projects, reschedulings) counts its two extra holidays. */
static void
on_alsace_moselle_active_cb (GtkSwitch             *sw,
                             GParamSpec            *pspec,
                             LtFirmPreferencesPage *self)
{
  LtStore *store = lt_context_get_store (self->context);
  g_autoptr(GError) error = NULL;
  g_autoptr(LtFirm) firm = NULL;

  if (self->loading)
    return;

  firm = lt_store_get_firm (store, &error);
  if (firm != NULL && lt_firm_get_alsace_moselle (firm) != gtk_switch_get_active (sw))
    {
      lt_firm_set_alsace_moselle (firm, gtk_switch_get_active (sw));
      lt_store_update_firm (store, firm, &error);
    }

  if (error != NULL)
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

      g_free (self->error);
      self->error = g_strdup (error->message);
      if (ADW_IS_PREFERENCES_WINDOW (root))
        adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), adw_toast_new (error->message));
      load (self);
    }
}

static void
on_row_apply_cb (AdwEntryRow           *row,
                 LtFirmPreferencesPage *self)
{
  LtStore *store = lt_context_get_store (self->context);
  g_autoptr(GError) error = NULL;
  g_autoptr(LtFirm) firm = NULL;
  g_autofree char *text = NULL;
  int field = field_of_row (self, row);

  g_return_if_fail (field >= 0);

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  /* only this detail changes, over the latest revision of the others */
  firm = lt_store_get_firm (store, &error);
  if (firm != NULL)
    {
      g_object_set (firm, fields[field], text, NULL);
      lt_store_update_firm (store, firm, &error);
    }

  g_clear_pointer (&self->error, g_free);
  if (error != NULL)
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

      self->error = g_strdup (error->message);
      set_row_error (self, field, error->message);
      if (ADW_IS_PREFERENCES_WINDOW (root))
        adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), adw_toast_new (error->message));
      return;
    }

  set_row_error (self, field, NULL);
  g_free (self->stored[field]);
  self->stored[field] = g_strdup (text);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
on_store_changed_cb (LtFirmPreferencesPage *self,
                     const char            *table,
                     gint64                 id,
                     LtStoreChange          change,
                     LtStore               *store)
{
  if (g_str_equal (table, "firm"))
    load (self);
}

static void
lt_firm_preferences_page_constructed (GObject *object)
{
  LtFirmPreferencesPage *self = LT_FIRM_PREFERENCES_PAGE (object);

  G_OBJECT_CLASS (lt_firm_preferences_page_parent_class)->constructed (object);

  g_assert (LT_IS_CONTEXT (self->context));
  g_signal_connect_object (lt_context_get_store (self->context), "changed",
                           G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);
  load (self);
}

static void
lt_firm_preferences_page_dispose (GObject *object)
{
  LtFirmPreferencesPage *self = LT_FIRM_PREFERENCES_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LT_TYPE_FIRM_PREFERENCES_PAGE);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (lt_firm_preferences_page_parent_class)->dispose (object);
}

static void
lt_firm_preferences_page_finalize (GObject *object)
{
  LtFirmPreferencesPage *self = LT_FIRM_PREFERENCES_PAGE (object);

  for (guint i = 0; i < N_FIELDS; i++)
    g_free (self->stored[i]);
  g_free (self->error);

  G_OBJECT_CLASS (lt_firm_preferences_page_parent_class)->finalize (object);
}

static void
lt_firm_preferences_page_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  LtFirmPreferencesPage *self = LT_FIRM_PREFERENCES_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_firm_preferences_page_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  LtFirmPreferencesPage *self = LT_FIRM_PREFERENCES_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_firm_preferences_page_class_init (LtFirmPreferencesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = lt_firm_preferences_page_constructed;
  object_class->dispose = lt_firm_preferences_page_dispose;
  object_class->finalize = lt_firm_preferences_page_finalize;
  object_class->get_property = lt_firm_preferences_page_get_property;
  object_class->set_property = lt_firm_preferences_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, LT_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/lt-firm-preferences-page.ui");
  G_STATIC_ASSERT (G_N_ELEMENTS (row_names) == N_FIELDS);
  for (guint i = 0; i < N_FIELDS; i++)
    gtk_widget_class_bind_template_child_full (widget_class, row_names[i], FALSE,
                                               G_STRUCT_OFFSET (LtFirmPreferencesPage, rows) + i * sizeof (gpointer));
  gtk_widget_class_bind_template_callback (widget_class, on_row_apply_cb);
  gtk_widget_class_bind_template_child (widget_class, LtFirmPreferencesPage, alsace_moselle_switch);
  gtk_widget_class_bind_template_callback (widget_class, on_alsace_moselle_active_cb);
}

static void
lt_firm_preferences_page_init (LtFirmPreferencesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
lt_firm_preferences_page_new (LtContext *context)
{
  g_return_val_if_fail (LT_IS_CONTEXT (context), NULL);

  return g_object_new (LT_TYPE_FIRM_PREFERENCES_PAGE, "context", context, NULL);
}

AdwEntryRow *
lt_firm_preferences_page_get_row (LtFirmPreferencesPage *self,
                                  const char            *property)
{
  g_return_val_if_fail (LT_IS_FIRM_PREFERENCES_PAGE (self), NULL);

  for (guint i = 0; i < N_FIELDS; i++)
    if (g_str_equal (fields[i], property))
      return self->rows[i];

  return NULL;
}

const char *
lt_firm_preferences_page_get_error (LtFirmPreferencesPage *self)
{
  g_return_val_if_fail (LT_IS_FIRM_PREFERENCES_PAGE (self), NULL);

  return self->error;
}
