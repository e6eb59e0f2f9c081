/* lt-affaire-editor.c: the company file of an affaire — identity, address, contacts, LCB-FT */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-affaire-editor"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lt-date-button.h"
#include "lt-affaire-editor-private.h"
#include "lt-contact.h"
#include "lt-date.h"
#include "lt-error.h"
#include "lt-forme-juridique.h"
#include "lt-siren.h"
#include "lt-staff.h"
#include "lt-store-affaires.h"


G_DEFINE_FINAL_TYPE (LtAffaireEditor, lt_affaire_editor, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

enum {
  SAVED,
  TOAST,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

void
lt_affaire_editor_toast (LtAffaireEditor *self,
                         const char      *message)
{
  g_signal_emit (self, signals[TOAST], 0, message);
}

static void
show_message (LtAffaireEditor *self,
              GtkWidget       *row,
              const char      *message)
{
  gtk_label_set_label (self->message_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL);
  if (row != NULL)
    {
      if (message != NULL)
        gtk_widget_add_css_class (row, "error");
      else
        gtk_widget_remove_css_class (row, "error");
    }
}

static const char *
row_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* "" ↔ NULL; otherwise a date as lt_date_display_to_iso () reads it. */
static gboolean
date_from_display (const char  *text,
                   char       **iso)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));

  *iso = *trimmed != '\0' ? lt_date_display_to_iso (trimmed) : NULL;
  return *trimmed == '\0' || *iso != NULL;
}

static void
fill_legal_forms (LtAffaireEditor *self,
                  const char      *current)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  guint n = 0;
  const LtFormeJuridique *formes = lt_forme_juridique_list (&n);
  int index = lt_forme_juridique_index (current);

  gtk_string_list_append (list, "—");
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *item = g_strdup_printf ("%s — %s", formes[i].code, formes[i].label);
      gtk_string_list_append (list, item);
    }
  /* A form typed elsewhere (import, older data) stays selectable. */
  if (index < 0 && current != NULL && *current != '\0')
    gtk_string_list_append (list, current);

  lt_choice_row_set_model (self->legal_form_row, G_LIST_MODEL (list));
  if (index >= 0)
    lt_choice_row_set_selected (self->legal_form_row, index + 1);
  else if (current != NULL && *current != '\0')
    lt_choice_row_set_selected (self->legal_form_row, n + 1);
  else
    lt_choice_row_set_selected (self->legal_form_row, 0);
}

static const char *
selected_legal_form (LtAffaireEditor *self)
{
  guint n = 0;
  const LtFormeJuridique *formes = lt_forme_juridique_list (&n);
  guint selected = lt_choice_row_get_selected (self->legal_form_row);
  GListModel *model = lt_choice_row_get_model (self->legal_form_row);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return "";
  if (selected <= n)
    return formes[selected - 1].code;
  return gtk_string_list_get_string (GTK_STRING_LIST (model), selected);
}

static void
fill_staff (LtAffaireEditor *self,
            gint64           current)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  guint selected = 0;

  gtk_string_list_append (list, "—");
  for (guint i = 0; self->staff != NULL && i < g_list_model_get_n_items (self->staff); i++)
    {
      g_autoptr(LtStaff) staff = g_list_model_get_item (self->staff, i);

      gtk_string_list_append (list, lt_staff_get_name (staff));
      if (lt_staff_get_id (staff) == current)
        selected = i + 1;
    }
  lt_choice_row_set_model (self->lcbft_by_row, G_LIST_MODEL (list));
  lt_choice_row_set_selected (self->lcbft_by_row, selected);
}

static gint64
selected_staff_id (LtAffaireEditor *self)
{
  guint selected = lt_choice_row_get_selected (self->lcbft_by_row);
  g_autoptr(LtStaff) staff = NULL;

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || self->staff == NULL)
    return 0;
  staff = g_list_model_get_item (self->staff, selected - 1);
  return staff != NULL ? lt_staff_get_id (staff) : 0;
}

/* Transforms of the bindings between the draft and the rows. A text that
 * does not parse leaves the draft alone; saving then says why. */

/* How a text property is shown and read back; NULL: as it is. */
typedef struct {
  char *(*to_row)   (const char *value);
  char *(*from_row) (const char *text);
} TextConvert;

static const TextConvert month_day_convert = { lt_date_month_day_to_display, lt_date_month_day_from_display };
static const TextConvert date_convert = { lt_date_iso_to_display, lt_date_display_to_iso };

/* Draft → row; an absent value (NULL) is an empty row. */
static gboolean
text_to_row (GBinding     *binding,
             const GValue *from,
             GValue       *to,
             gpointer      user_data)
{
  const TextConvert *convert = user_data;
  const char *value = g_value_get_string (from);

  if (convert != NULL)
    g_value_take_string (to, convert->to_row (value));
  else
    g_value_set_string (to, value != NULL ? value : "");
  return TRUE;
}

/* Row → draft; an empty row is an absent value, and a text that does not
 * read leaves the draft alone: saving then says why. */
static gboolean
text_from_row (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  const TextConvert *convert = user_data;
  const char *text = g_value_get_string (from);
  char *value;

  if (convert == NULL || *text == '\0')
    {
      g_value_set_string (to, *text != '\0' ? text : NULL);
      return TRUE;
    }

  value = convert->from_row (text);
  if (value == NULL)
    return FALSE;
  g_value_take_string (to, value);
  return TRUE;
}

static gboolean
legal_form_to_row (GBinding     *binding,
                   const GValue *from,
                   GValue       *to,
                   gpointer      user_data)
{
  const char *code = g_value_get_string (from);
  int index = lt_forme_juridique_index (code);
  guint n = 0;

  lt_forme_juridique_list (&n);
  /* A form typed elsewhere (import, older data) is the list's last item. */
  g_value_set_uint (to, index >= 0 ? (guint) index + 1 : (code != NULL && *code != '\0') ? n + 1 : 0);
  return TRUE;
}

static gboolean
legal_form_from_row (GBinding     *binding,
                     const GValue *from,
                     GValue       *to,
                     gpointer      user_data)
{
  g_value_set_string (to, selected_legal_form (user_data));
  return TRUE;
}

static gboolean
staff_to_row (GBinding     *binding,
              const GValue *from,
              GValue       *to,
              gpointer      user_data)
{
  LtAffaireEditor *self = user_data;
  gint64 id = g_value_get_int64 (from);

  g_value_set_uint (to, 0);
  for (guint i = 0; self->staff != NULL && i < g_list_model_get_n_items (self->staff); i++)
    {
      g_autoptr(LtStaff) staff = g_list_model_get_item (self->staff, i);

      if (lt_staff_get_id (staff) == id)
        g_value_set_uint (to, i + 1);
    }
  return TRUE;
}

static gboolean
staff_from_row (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  g_value_set_int64 (to, selected_staff_id (user_data));
  return TRUE;
}

static gboolean
enum_to_row (GBinding     *binding,
             const GValue *from,
             GValue       *to,
             gpointer      user_data)
{
  g_value_set_uint (to, g_value_get_enum (from));
  return TRUE;
}

static gboolean
enum_from_row (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  g_value_set_enum (to, g_value_get_uint (from));
  return TRUE;
}

/* Each row shows and edits one property of the draft. */
static void
bind_rows (LtAffaireEditor *self)
{
  const GBindingFlags flags = G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE;
  const struct { const char *property; AdwEntryRow *row; } texts[] = {
    { "name", self->name_row },
    { "siren", self->siren_row },
    { "activity", self->activity_row },
    { "director", self->director_row },
    { "address", self->address_row },
    { "postal-code", self->postal_code_row },
    { "city", self->city_row },
    { "beneficial-owner", self->beneficial_owner_row },
  };

  self->bindings = g_binding_group_new ();
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    g_binding_group_bind_full (self->bindings, texts[i].property, texts[i].row, "text", flags,
                               text_to_row, text_from_row, NULL, NULL);
  g_binding_group_bind_full (self->bindings, "fiscal-year-end", self->fiscal_year_end_row, "text", flags,
                             text_to_row, text_from_row, (gpointer) &month_day_convert, NULL);
  g_binding_group_bind_full (self->bindings, "lcbft-identified-on", self->lcbft_on_row, "text", flags,
                             text_to_row, text_from_row, (gpointer) &date_convert, NULL);
  g_binding_group_bind_full (self->bindings, "exercice-start", self->exercice_start_row, "text", flags,
                             text_to_row, text_from_row, (gpointer) &date_convert, NULL);
  g_binding_group_bind_full (self->bindings, "exercice-end", self->exercice_end_row, "text", flags,
                             text_to_row, text_from_row, (gpointer) &date_convert, NULL);
  g_binding_group_bind_full (self->bindings, "legal-form", self->legal_form_row, "selected", flags,
                             legal_form_to_row, legal_form_from_row, self, NULL);
  g_binding_group_bind_full (self->bindings, "lcbft-identified-by", self->lcbft_by_row, "selected", flags,
                             staff_to_row, staff_from_row, self, NULL);
  g_binding_group_bind_full (self->bindings, "vigilance", self->vigilance_row, "selected", flags,
                             enum_to_row, enum_from_row, NULL, NULL);
  g_binding_group_bind (self->bindings, "consumer", self->consumer_switch, "active", flags);

  lt_affaire_editor_bind_new_contact (self);
}

static void
on_name_row_changed_cb (LtAffaireEditor *self,
                        AdwEntryRow     *row)
{
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

/* The SIREN is checked as it is typed, with the reason when it is wrong;
 * an incomplete number is only judged once it has nine digits or more. */
static void
on_siren_row_changed_cb (LtAffaireEditor *self,
                         AdwEntryRow     *row)
{
  g_autofree char *digits = lt_siren_normalize (row_text (row));
  g_autoptr(GError) error = NULL;

  if (*digits == '\0' ||
      (strlen (digits) < 9 && strspn (digits, "0123456789") == strlen (digits)))
    {
      show_message (self, GTK_WIDGET (row), NULL);
      return;
    }

  if (strlen (digits) == 14 ? lt_siret_validate (digits, &error) : lt_siren_validate (digits, &error))
    show_message (self, GTK_WIDGET (row), NULL);
  else
    show_message (self, GTK_WIDGET (row), error->message);
}

/* Whether @fresh differs from @read only in what the store moves on its
 * own (state and revision). */
static gboolean
same_file (LtAffaire *fresh,
           LtAffaire *read)
{
  g_autoptr(LtAffaire) probe = lt_affaire_copy (fresh);

  lt_affaire_set_state (probe, lt_affaire_get_state (read));
  lt_affaire_set_revision (probe, lt_affaire_get_revision (read));

  return lt_model_equal (LT_MODEL (probe), LT_MODEL (read));
}

/* Signing a first lettre de mission turns the prospect into a client: the
 * row's state and revision move while the file is open. Take them, keep
 * what is typed; a change to the file itself by someone else is left to
 * the save, which reports the conflict. */
static void
on_store_changed_cb (LtAffaireEditor *self,
                     const char      *table,
                     gint64           id,
                     LtStoreChange    change)
{
  g_autoptr(LtAffaire) fresh = NULL;

  if (change != LT_STORE_CHANGE_UPDATE || !g_str_equal (table, "affaires") ||
      id == 0 || id != lt_affaire_get_id (self->affaire))
    return;

  fresh = lt_store_get_affaire (lt_context_get_store (self->context), id, NULL);
  if (fresh != NULL && same_file (fresh, self->affaire))
    {
      g_set_object (&self->affaire, fresh);
      lt_affaire_set_state (self->draft, lt_affaire_get_state (fresh));
      lt_affaire_set_revision (self->draft, lt_affaire_get_revision (fresh));
    }
}

/* Shows @self->affaire: its working copy becomes the rows' source. */
/* issue 13: a client whose engagement letter was signed outside Lettrine
 * (an imported client base) says so, with its reference and date. */
static void
show_letter_outside (LtAffaireEditor *self)
{
  const char *reference = lt_affaire_get_letter_outside_reference (self->affaire);
  g_autofree char *date = NULL;
  g_autofree char *subtitle = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->letter_outside_row),
                          lt_affaire_has_letter_outside (self->affaire));
  if (!lt_affaire_has_letter_outside (self->affaire))
    return;

  date = lt_date_iso_to_display (lt_affaire_get_letter_outside_date (self->affaire));
  if (reference != NULL && reference[0] != '\0')
    /* Translators: a letter signed outside Lettrine: its reference, then its date */
    subtitle = g_strdup_printf (_("ref. %s, %s"), reference, date);
  else
    subtitle = g_strdup_printf (_("signed on %s"), date);
  adw_action_row_set_subtitle (self->letter_outside_row, subtitle);
}

static void
load_fields (LtAffaireEditor *self)
{
  LtAffaire *a = self->affaire;

  g_binding_group_set_source (self->bindings, NULL);
  g_clear_object (&self->draft);
  self->draft = lt_affaire_copy (a);
  fill_legal_forms (self, lt_affaire_get_legal_form (a));
  fill_staff (self, lt_affaire_get_lcbft_identified_by (a));
  g_binding_group_set_source (self->bindings, self->draft);

  show_message (self, GTK_WIDGET (self->name_row), NULL);
  show_message (self, GTK_WIDGET (self->siren_row), NULL);
  gtk_widget_remove_css_class (GTK_WIDGET (self->fiscal_year_end_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->lcbft_on_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->exercice_end_row), "error");
  gtk_button_set_label (self->save_button,
                        lt_affaire_get_id (a) == 0 ? _("_Add Prospect") : _("_Save"));
  lt_affaire_editor_reset_new_contact (self);
  lt_affaire_editor_reload_contacts (self);
  show_letter_outside (self);
}

/**
 * lt_affaire_editor_save:
 *
 * Writes the fields to the store. A refused value is shown at its row with
 * the reason; nothing typed is lost.
 *
 * Returns: %TRUE when saved
 */
gboolean
lt_affaire_editor_save (LtAffaireEditor *self)
{
  g_autoptr(LtAffaire) a = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *fye = NULL;
  g_autofree char *lcbft_on = NULL;
  g_autofree char *siren = NULL;
  LtStore *store;
  gboolean is_new;
  GtkWidget *error_row = NULL;

  g_return_val_if_fail (LT_IS_AFFAIRE_EDITOR (self), FALSE);
  g_return_val_if_fail (self->context != NULL, FALSE);

  store = lt_context_get_store (self->context);
  is_new = lt_affaire_get_id (self->affaire) == 0;

  /* Save a copy of the draft: a refused save leaves the rows as typed. */
  a = lt_affaire_copy (self->draft);
  siren = lt_siren_normalize (row_text (self->siren_row));
  lt_affaire_set_siren (a, siren);

  /* The bindings keep the last text that parsed: judge what is shown. */
  fye = lt_date_month_day_from_display (row_text (self->fiscal_year_end_row));
  if (fye == NULL && *row_text (self->fiscal_year_end_row) != '\0')
    {
      g_set_error (&error, LT_ERROR, LT_ERROR_INVALID_DATE,
                   _("The fiscal year end « %s » is not a day and a month such as 31/12."),
                   row_text (self->fiscal_year_end_row));
      error_row = GTK_WIDGET (self->fiscal_year_end_row);
    }
  if (*row_text (self->fiscal_year_end_row) == '\0')
    lt_affaire_set_fiscal_year_end (a, "12-31");

  if (error == NULL && !date_from_display (row_text (self->lcbft_on_row), &lcbft_on))
    {
      g_set_error (&error, LT_ERROR, LT_ERROR_INVALID_DATE,
                   _("« %s » is not a date: type it as day/month/year, e.g. 15/01/2026."),
                   row_text (self->lcbft_on_row));
      error_row = GTK_WIDGET (self->lcbft_on_row);
    }

  /* a first or long exercice: its two days, judged as shown */
  for (guint i = 0; i < 2 && error == NULL; i++)
    {
      AdwEntryRow *row = i == 0 ? self->exercice_start_row : self->exercice_end_row;
      g_autofree char *iso = NULL;

      if (!date_from_display (row_text (row), &iso))
        {
          g_set_error (&error, LT_ERROR, LT_ERROR_INVALID_DATE,
                       _("« %s » is not a date: type it as day/month/year, e.g. 15/01/2026."), row_text (row));
          error_row = GTK_WIDGET (row);
        }
      else
        g_object_set (a, i == 0 ? "exercice-start" : "exercice-end", iso, NULL);
    }

  if (error == NULL)
    {
      if (is_new ? lt_store_add_affaire (store, a, &error) : lt_store_update_affaire (store, a, &error))
        {
          g_set_object (&self->affaire, a);
          load_fields (self);
          lt_affaire_editor_toast (self, is_new ? _("Prospect added") : _("Company file saved"));
          g_signal_emit (self, signals[SAVED], 0, lt_affaire_get_id (a));
          return TRUE;
        }

      if (g_error_matches (error, LT_ERROR, LT_ERROR_NAME_REQUIRED))
        error_row = GTK_WIDGET (self->name_row);
      else if (g_error_matches (error, LT_ERROR, LT_ERROR_EXERCICE_INVALID))
        error_row = GTK_WIDGET (self->exercice_end_row);
      else if (g_error_matches (error, LT_ERROR, LT_ERROR_INVALID_SIREN) ||
               g_error_matches (error, LT_ERROR, LT_ERROR_DUPLICATE_SIREN))
        error_row = GTK_WIDGET (self->siren_row);
    }

  if (error_row != NULL)
    {
      show_message (self, error_row, error->message);
      gtk_widget_grab_focus (error_row);
    }
  else
    lt_affaire_editor_toast (self, error->message);

  return FALSE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  lt_affaire_editor_save (LT_AFFAIRE_EDITOR (widget));
}

static void
lt_affaire_editor_dispose (GObject *object)
{
  LtAffaireEditor *self = (LtAffaireEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), LT_TYPE_AFFAIRE_EDITOR);
  g_clear_object (&self->context);
  if (self->bindings != NULL)
    g_binding_group_set_source (self->bindings, NULL);
  if (self->contact_bindings != NULL)
    g_binding_group_set_source (self->contact_bindings, NULL);
  g_clear_object (&self->bindings);
  g_clear_object (&self->contact_bindings);
  g_clear_object (&self->affaire);
  g_clear_object (&self->draft);
  g_clear_object (&self->new_contact);
  g_clear_object (&self->staff);
  g_clear_pointer (&self->contact_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (lt_affaire_editor_parent_class)->dispose (object);
}

static void
lt_affaire_editor_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LtAffaireEditor *self = LT_AFFAIRE_EDITOR (object);

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
lt_affaire_editor_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LtAffaireEditor *self = LT_AFFAIRE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      lt_affaire_editor_set_context (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_affaire_editor_class_init (LtAffaireEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lt_affaire_editor_dispose;
  object_class->get_property = lt_affaire_editor_get_property;
  object_class->set_property = lt_affaire_editor_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, LT_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (LT_TYPE_CHOICE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/lt-affaire-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, LtAffaireEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, LtAffaireEditor, siren_row);
  gtk_widget_class_bind_template_child (widget_class, LtAffaireEditor, message_label);
  gtk_widget_class_bind_template_child (widget_class, LtAffaireEditor, legal_form_row);
  gtk_widget_class_bind_template_child (widget_class, LtAffaireEditor, activity_row);
  gtk_widget_class_bind_template_child (widget_class, LtAffaireEditor, fiscal_year_end_row);
  gtk_widget_class_bind_template_child (widget_class, LtAffaireEditor, director_row);
  gtk_widget_class_bind_template_child (widget_class, LtAffaireEditor, address_row);
  gtk_widget_class_bind_template_child (widget_class, LtAffaireEditor, postal_code_row);
  gtk_widget_class_bind_template_child (widget_class, LtAffaireEditor, city_row);
  gtk_widget_class_bind_template_child (widget_class, LtAffaireEditor, lcbft_on_row);
  gtk_widget_class_bind_template_child (widget_class, LtAffaireEditor, exercice_start_row);
  gtk_widget_class_bind_template_child (widget_class, LtAffaireEditor, exercice_end_row);
  gtk_widget_class_bind_template_child (widget_class, LtAffaireEditor, lcbft_by_row);
  gtk_widget_class_bind_template_child (widget_class, LtAffaireEditor, beneficial_owner_row);
  gtk_widget_class_bind_template_child (widget_class, LtAffaireEditor, vigilance_row);
  gtk_widget_class_bind_template_child (widget_class, LtAffaireEditor, consumer_switch);
  gtk_widget_class_bind_template_child (widget_class, LtAffaireEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, LtAffaireEditor, contacts_group);
  gtk_widget_class_bind_template_child (widget_class, LtAffaireEditor, new_contact_row);
  gtk_widget_class_bind_template_child (widget_class, LtAffaireEditor, new_contact_email_row);
  gtk_widget_class_bind_template_child (widget_class, LtAffaireEditor, letter_outside_row);
  gtk_widget_class_bind_template_callback (widget_class, on_name_row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_siren_row_changed_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_new_contact_row_apply_cb",
                                                G_CALLBACK (lt_affaire_editor_on_new_contact_apply_cb));

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
}

static void
lt_affaire_editor_init (LtAffaireEditor *self)
{
  g_autoptr(GtkStringList) vigilance = gtk_string_list_new (NULL);

  self->contact_rows = g_ptr_array_new ();
  self->affaire = lt_affaire_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  lt_date_button_attach (GTK_WIDGET (self->lcbft_on_row));

  for (int v = LT_VIGILANCE_NOT_ASSESSED; v <= LT_VIGILANCE_REINFORCED; v++)
    gtk_string_list_append (vigilance, lt_enum_to_label (LT_TYPE_VIGILANCE, v));
  lt_choice_row_set_model (self->vigilance_row, G_LIST_MODEL (vigilance));

  bind_rows (self);
  load_fields (self);
}

GtkWidget *
lt_affaire_editor_new (LtContext *context)
{
  return g_object_new (LT_TYPE_AFFAIRE_EDITOR, "context", context, NULL);
}

void
lt_affaire_editor_set_context (LtAffaireEditor *self,
                               LtContext       *context)
{
  g_return_if_fail (LT_IS_AFFAIRE_EDITOR (self));

  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (lt_context_get_store (self->context), self);

  if (!g_set_object (&self->context, context))
    return;

  g_clear_object (&self->staff);
  if (context != NULL)
    {
      self->staff = lt_store_list_staff (lt_context_get_store (context), TRUE);
      g_signal_connect_object (lt_context_get_store (context), "changed",
                               G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);
    }
  fill_staff (self, lt_affaire_get_lcbft_identified_by (self->draft));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

/**
 * lt_affaire_editor_set_affaire:
 * @affaire: (nullable): the affaire to edit, or %NULL for a new prospect
 */
void
lt_affaire_editor_set_affaire (LtAffaireEditor *self,
                               LtAffaire       *affaire)
{
  g_return_if_fail (LT_IS_AFFAIRE_EDITOR (self));

  g_clear_object (&self->affaire);
  self->affaire = affaire != NULL ? g_object_ref (affaire) : lt_affaire_new ();
  load_fields (self);
}

gint64
lt_affaire_editor_get_affaire_id (LtAffaireEditor *self)
{
  g_return_val_if_fail (LT_IS_AFFAIRE_EDITOR (self), 0);
  return lt_affaire_get_id (self->affaire);
}

/**
 * lt_affaire_editor_focus_missing:
 *
 * Puts the focus on the first empty field a letter needs (LCB-FT first,
 * then the dirigeant and the address): where a refusal sends the user.
 */
void
lt_affaire_editor_focus_missing (LtAffaireEditor *self)
{
  AdwEntryRow *rows[] = { self->lcbft_on_row, self->beneficial_owner_row, self->director_row,
                          self->siren_row, self->address_row, self->postal_code_row, self->city_row };

  g_return_if_fail (LT_IS_AFFAIRE_EDITOR (self));

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (*row_text (rows[i]) == '\0')
      {
        gtk_widget_grab_focus (GTK_WIDGET (rows[i]));
        return;
      }
  if (lt_choice_row_get_selected (self->lcbft_by_row) == 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->lcbft_by_row));
}
