/* lt-affaire-editor-private.h: the insides of LtAffaireEditor, shared by its own files */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lt-affaire-editor.h"
#include "lt-contact.h"
#include "lt-choice-row.h"

G_BEGIN_DECLS

struct _LtAffaireEditor
{
  AdwBin               parent_instance;

  LtContext           *context;
  LtAffaire           *affaire;        /* as read from the store */
  LtAffaire           *draft;          /* the working copy the rows are bound to */
  GBindingGroup       *bindings;       /* draft ↔ rows */
  LtContact           *new_contact;    /* the working copy of « Add a contact » */
  GBindingGroup       *contact_bindings;
  GListModel          *staff;          /* active intervenants, for « identified by » */
  GPtrArray           *contact_rows;

  AdwEntryRow         *name_row;
  AdwEntryRow         *siren_row;
  GtkLabel            *message_label;
  LtChoiceRow         *legal_form_row;
  AdwEntryRow         *activity_row;
  AdwEntryRow         *fiscal_year_end_row;
  AdwEntryRow         *exercice_start_row;   /* a first or long exercice */
  AdwEntryRow         *exercice_end_row;
  AdwEntryRow         *director_row;
  GtkSwitch           *consumer_switch;
  AdwEntryRow         *address_row;
  AdwEntryRow         *postal_code_row;
  AdwEntryRow         *city_row;
  AdwEntryRow         *lcbft_on_row;
  LtChoiceRow         *lcbft_by_row;
  AdwEntryRow         *beneficial_owner_row;
  LtChoiceRow         *vigilance_row;
  GtkButton           *save_button;
  AdwPreferencesGroup *contacts_group;
  AdwEntryRow         *new_contact_row;
  AdwEntryRow         *new_contact_email_row;
  AdwActionRow        *letter_outside_row;   /* issue 13 */
};

void lt_affaire_editor_toast                  (LtAffaireEditor *self,
                                               const char      *message);

/* lt-affaire-editor-contacts.c */
void lt_affaire_editor_bind_new_contact       (LtAffaireEditor *self);
void lt_affaire_editor_reset_new_contact      (LtAffaireEditor *self);
void lt_affaire_editor_reload_contacts        (LtAffaireEditor *self);
void lt_affaire_editor_on_new_contact_apply_cb (LtAffaireEditor *self,
                                               AdwEntryRow     *row);

G_END_DECLS
