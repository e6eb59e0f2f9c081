/* lt-affaire-editor-contacts.c: the contacts of the company file — their e-mail edited in place, signataire, a new one */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-affaire-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-accessible.h"
#include "lt-affaire-editor-private.h"
#include "lt-error.h"
#include "lt-store-affaires.h"

/* « Add a contact »: its rows are bound to a working copy. */
void
lt_affaire_editor_bind_new_contact (LtAffaireEditor *self)
{
  const GBindingFlags flags = G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE;

  self->contact_bindings = g_binding_group_new ();
  g_binding_group_bind (self->contact_bindings, "name", self->new_contact_row, "text", flags);
  g_binding_group_bind (self->contact_bindings, "email", self->new_contact_email_row, "text", flags);
}

/* A fresh « Add a contact » working copy; its rows empty. */
void
lt_affaire_editor_reset_new_contact (LtAffaireEditor *self)
{
  g_clear_object (&self->new_contact);
  self->new_contact = lt_contact_new ();
  g_binding_group_set_source (self->contact_bindings, self->new_contact);
}

static void on_signatory_toggled_cb (LtAffaireEditor *self, GtkCheckButton *check);
static void on_delete_contact_clicked_cb (LtAffaireEditor *self, GtkButton *button);
static void on_contact_email_apply_cb (LtAffaireEditor *self, AdwEntryRow *row);

/* The contact's e-mail or role (the quality in which he signs, printed in
 * the letter), edited in place: the row is bound to a working copy that
 * the store writes when the row's apply button is pressed. */
static GtkWidget *
contact_text_row (LtAffaireEditor *self,
                  LtContact       *contact,
                  const char      *property,
                  const char      *title)
{
  GtkWidget *row = adw_entry_row_new ();
  LtContact *copy = lt_contact_copy (contact);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  gtk_editable_set_enable_undo (GTK_EDITABLE (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "contact", copy, g_object_unref);
  g_object_bind_property (copy, property, row, "text", G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_object (row, "apply", G_CALLBACK (on_contact_email_apply_cb), self, G_CONNECT_SWAPPED);
  /* typed through AT-SPI while its expander row is folded */
  lt_accessible_offer_apply (ADW_ENTRY_ROW (row));

  return row;
}

void
lt_affaire_editor_reload_contacts (LtAffaireEditor *self)
{
  g_autoptr(GListModel) contacts = NULL;
  GtkCheckButton *group = NULL;
  gint64 id = self->affaire != NULL ? lt_affaire_get_id (self->affaire) : 0;

  for (guint i = 0; i < self->contact_rows->len; i++)
    adw_preferences_group_remove (self->contacts_group, g_ptr_array_index (self->contact_rows, i));
  g_ptr_array_set_size (self->contact_rows, 0);

  gtk_widget_set_sensitive (GTK_WIDGET (self->new_contact_row), id != 0);
  if (id == 0 || self->context == NULL)
    return;

  contacts = lt_store_list_contacts (lt_context_get_store (self->context), id);
  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(LtContact) contact = g_list_model_get_item (contacts, i);
      GtkWidget *row = adw_expander_row_new ();
      GtkWidget *check = gtk_check_button_new_with_label (_("Signataire"));
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      const char *role = lt_contact_get_role (contact);
      const char *email = lt_contact_get_email (contact);
      g_autofree char *subtitle = g_strdup_printf ("%s%s%s", role != NULL ? role : "",
                                                   (role != NULL && *role && email != NULL && *email) ? " · " : "",
                                                   email != NULL ? email : "");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), lt_contact_get_name (contact));
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), lt_contact_get_is_signatory (contact));
      if (group != NULL)
        gtk_check_button_set_group (GTK_CHECK_BUTTON (check), group);
      else
        group = GTK_CHECK_BUTTON (check);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      g_object_set_data_full (G_OBJECT (check), "contact", g_object_ref (contact), g_object_unref);
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_signatory_toggled_cb), self, G_CONNECT_SWAPPED);

      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (remove, _("Remove this contact"));
      gtk_widget_add_css_class (remove, "flat");
      g_object_set_data_full (G_OBJECT (remove), "contact", g_object_ref (contact), g_object_unref);
      g_signal_connect_object (remove, "clicked", G_CALLBACK (on_delete_contact_clicked_cb), self, G_CONNECT_SWAPPED);

      adw_expander_row_add_action (ADW_EXPANDER_ROW (row), check);
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), contact_text_row (self, contact, "email", _("E-mail")));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), contact_text_row (self, contact, "role", _("Role (quality in which the contact signs)")));
      adw_preferences_group_add (self->contacts_group, row);
      g_ptr_array_add (self->contact_rows, row);
    }
}

static void
on_signatory_toggled_cb (LtAffaireEditor *self,
                         GtkCheckButton  *check)
{
  LtContact *contact = g_object_get_data (G_OBJECT (check), "contact");
  LtStore *store = lt_context_get_store (self->context);
  g_autoptr(GError) error = NULL;

  if (!gtk_check_button_get_active (check) || lt_contact_get_is_signatory (contact))
    return;

  /* One signataire per affaire: clear the former one first. */
  {
    g_autoptr(GListModel) contacts = lt_store_list_contacts (store, lt_affaire_get_id (self->affaire));

    for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
      {
        g_autoptr(LtContact) other = g_list_model_get_item (contacts, i);

        if (lt_contact_get_is_signatory (other) && lt_contact_get_id (other) != lt_contact_get_id (contact))
          {
            lt_contact_set_is_signatory (other, FALSE);
            if (!lt_store_update_contact (store, other, &error))
              break;
          }
      }
  }

  if (error == NULL)
    {
      lt_contact_set_is_signatory (contact, TRUE);
      lt_store_update_contact (store, contact, &error);
    }
  if (error != NULL)
    lt_affaire_editor_toast (self, error->message);
  lt_affaire_editor_reload_contacts (self);
}

static void
on_delete_contact_clicked_cb (LtAffaireEditor *self,
                              GtkButton       *button)
{
  LtContact *contact = g_object_get_data (G_OBJECT (button), "contact");
  g_autoptr(GError) error = NULL;

  if (!lt_store_delete_contact (lt_context_get_store (self->context),
                                lt_contact_get_id (contact), lt_contact_get_revision (contact), &error))
    lt_affaire_editor_toast (self, error->message);
  lt_affaire_editor_reload_contacts (self);
}

static void
on_contact_email_apply_cb (LtAffaireEditor *self,
                           AdwEntryRow     *row)
{
  LtContact *contact = g_object_get_data (G_OBJECT (row), "contact");
  g_autoptr(GError) error = NULL;

  /* Refused: the row keeps what was typed, marked, with the reason. */
  if (!lt_store_update_contact (lt_context_get_store (self->context), contact, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      lt_affaire_editor_toast (self, error->message);
      return;
    }

  lt_affaire_editor_toast (self, _("Contact saved"));
  lt_affaire_editor_reload_contacts (self);
}

void
lt_affaire_editor_on_new_contact_apply_cb (LtAffaireEditor *self,
                                           AdwEntryRow     *row)
{
  g_autoptr(LtContact) contact = NULL;
  g_autoptr(GError) error = NULL;

  if (self->affaire == NULL || lt_affaire_get_id (self->affaire) == 0)
    return;

  contact = lt_contact_copy (self->new_contact);
  lt_contact_set_affaire_id (contact, lt_affaire_get_id (self->affaire));
  /* The first contact signs until told otherwise. */
  lt_contact_set_is_signatory (contact, self->contact_rows->len == 0);

  if (!lt_store_add_contact (lt_context_get_store (self->context), contact, &error))
    {
      gtk_widget_add_css_class (g_error_matches (error, LT_ERROR, LT_ERROR_INVALID_EMAIL)
                                ? GTK_WIDGET (self->new_contact_email_row)
                                : GTK_WIDGET (self->new_contact_row), "error");
      lt_affaire_editor_toast (self, error->message);
      return;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (self->new_contact_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->new_contact_email_row), "error");
  lt_affaire_editor_reset_new_contact (self);
  lt_affaire_editor_reload_contacts (self);
}
