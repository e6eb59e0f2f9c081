/* test-ui-affaires.c: the affaires page as a user drives it — prospect, offre, letter, client; renewal; import */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <glib/gstdio.h>
#include <string.h>

#include "lt-affaires-page-private.h"
#include "lt-context.h"
#include "lt-date.h"
#include "lt-document-preview.h"
#include "lt-forme-juridique.h"
#include "lt-import-dialog.h"
#include "lt-pdf-view.h"
#include "lt-renewal-dialog.h"
#include "lt-store-affaires.h"
#include "lt-store-document-ops.h"
#include "lt-store-private.h"
#include "lt-window.h"
#include "lt-choice-row.h"

#include "store-fixtures.h"
#include "ui-fixtures.h"

typedef struct {
  char      *dir;
  LtStore   *store;
  GSettings *settings;
  LtContext *context;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();

  f->store = store_fixture_open ("lettrine-ui-affaires-XXXXXX", &f->dir, NULL);

  lt_store_exec (f->store,
                 "UPDATE firm SET name = 'Cabinet Test', rcs = 'Lyon 123', ordre = 'CROEC Lyon', insurance = 'MMA 42',"
                 " signatory_name = 'Anne Expert', address = '1 quai de Saône', postal_code = '69005', city = 'Lyon',"
                 " vat_number = 'FR40123456789', email = 'contact@cabinet-test.fr' WHERE id = 1;"
                 "INSERT INTO categories (id, name) VALUES (1, 'Comptabilité');"
                 "INSERT INTO prestations (id, family_id, category_id, name, price_cents, recurrence)"
                 "  VALUES (10, 10, 1, 'Bilan annuel', 180000, 'yearly'),"
                 "         (11, 11, 1, 'Tenue comptable', 25000, 'monthly');"
                 "INSERT INTO terms (id, version, effective_on, body) VALUES (1, 'CG 2025', '2025-01-01', 'Conditions');"
                 "INSERT INTO staff (id, name) VALUES (1, 'Claire Dubois');",
                 &error);
  g_assert_no_error (error);

  f->settings = g_settings_new_with_backend (APPLICATION_ID, backend);
  f->context = lt_context_new (f->store, f->settings);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->context);
  g_clear_object (&f->settings);
  g_clear_object (&f->store);
  store_fixture_remove (f->dir, NULL);
}

static GtkWidget *
child (gpointer    widget,
       GType       type,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

static void
type_into (gpointer    widget,
           GType       type,
           const char *name,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (child (widget, type, name)), text);
}

static gboolean
toasted (LtAffairesPage *page,
         const char     *text)
{
  GPtrArray *toasts = lt_affaires_page_get_toasts (page);

  for (guint i = 0; i < toasts->len; i++)
    if (strstr (g_ptr_array_index (toasts, i), text) != NULL)
      return TRUE;
  return FALSE;
}

static const char *
last_toast (LtAffairesPage *page)
{
  GPtrArray *toasts = lt_affaires_page_get_toasts (page);

  return toasts->len > 0 ? g_ptr_array_index (toasts, toasts->len - 1) : "";
}

/* issue 12: « Signer » asks for confirmation with the day of signature.
 * The dialog open now, its date entry and whether « Enregistrer » is on. */
static AdwMessageDialog *
sign_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data) &&
        adw_message_dialog_has_response (l->data, "sign"))
      return l->data;
  return NULL;
}

static GtkEditable *
sign_date_entry (AdwMessageDialog *dialog)
{
  GtkWidget *box = adw_message_dialog_get_extra_child (dialog);

  for (GtkWidget *w = gtk_widget_get_first_child (box); w != NULL; w = gtk_widget_get_next_sibling (w))
    if (g_strcmp0 (gtk_widget_get_name (w), "signed-on") == 0)
      return GTK_EDITABLE (w);
  g_assert_not_reached ();
}

/* Signs on @date (NULL: the default, today) through the dialog. */
static void
confirm_sign (const char *date)
{
  AdwMessageDialog *dialog = sign_dialog ();

  g_assert_nonnull (dialog);
  if (date != NULL)
    gtk_editable_set_text (sign_date_entry (dialog), date);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "sign"));
  adw_message_dialog_response (dialog, "sign");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* The « Nouveau document » button of @kind, with its reason when refused. */
static GtkWidget *
kind_button (LtDocumentsView *view,
             LtDocumentKind   kind)
{
  GtkWidget *box = child (view, LT_TYPE_DOCUMENTS_VIEW, "kinds_box");

  for (GtkWidget *b = gtk_widget_get_first_child (box); b != NULL; b = gtk_widget_get_next_sibling (b))
    if (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (b), "kind")) == (int) kind)
      return b;
  g_assert_not_reached ();
  return NULL;
}

/* The first descendant of @root carrying object data @key. */
static GtkWidget *
find_with_data (GtkWidget  *root,
                const char *key)
{
  if (g_object_get_data (G_OBJECT (root), key) != NULL)
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_with_data (c, key);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static guint
count_chips (LtDocumentsView *view)
{
  GtkWidget *chains = child (view, LT_TYPE_DOCUMENTS_VIEW, "chains_box");
  guint n = 0;

  /* one line per document: its arrow (not for a root), then its chip */
  for (GtkWidget *row = gtk_widget_get_first_child (chains); row != NULL; row = gtk_widget_get_next_sibling (row))
    for (GtkWidget *c = gtk_widget_get_first_child (row); c != NULL; c = gtk_widget_get_next_sibling (c))
      if (GTK_IS_BUTTON (c))
        n++;
  return n;
}

static LtAffaire *
list_item_named (LtAffairesPage *page,
                 const char     *name)
{
  GListModel *list = lt_affaires_page_get_list (page);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      LtAffaire *a = g_list_model_get_item (list, i);

      if (g_strcmp0 (lt_affaire_get_name (a), name) == 0)
        return a;
      g_object_unref (a);
    }
  return NULL;
}

/* The refusal dialog shown over the page (issue 16: refusals that need the
 * user in full, not in a cut toast): its body, then answered with @response. */
static char *
answer_refusal (const char *response)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* transfer none */
  char *body = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w)) &&
          g_object_get_data (w, "answered") == NULL)
        {
          g_object_set_data (w, "answered", GINT_TO_POINTER (TRUE));
          body = g_strdup (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (w)));
          /* the dialog closes itself once answered */
          adw_message_dialog_response (ADW_MESSAGE_DIALOG (w), response);
          break;
        }
    }
  g_assert_nonnull (body);
  iterate (20);
  return body;
}

static void
test_prospect_to_client (Fixture       *f,
                         gconstpointer  data)
{
  GtkWidget *window = gtk_window_new ();
  LtAffairesPage *page = LT_AFFAIRES_PAGE (lt_affaires_page_new (f->context));
  LtAffaireEditor *editor = lt_affaires_page_get_editor (page);
  LtDocumentsView *view = lt_affaires_page_get_documents_view (page);
  GtkWidget *siren_row, *message;
  GtkWidget *button;
  g_autoptr(LtAffaire) listed = NULL;
  gint64 offre_id;

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 800);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));
  iterate (50);

  g_assert_cmpuint (g_list_model_get_n_items (lt_affaires_page_get_list (page)), ==, 0);

  /* Create a prospect; the SIREN is judged as typed, with the reason. */
  gtk_widget_activate_action (GTK_WIDGET (page), "affaires.new", NULL);
  type_into (editor, LT_TYPE_AFFAIRE_EDITOR, "name_row", "Dupont SARL");
  type_into (editor, LT_TYPE_AFFAIRE_EDITOR, "siren_row", "123 456 789");
  siren_row = child (editor, LT_TYPE_AFFAIRE_EDITOR, "siren_row");
  message = child (editor, LT_TYPE_AFFAIRE_EDITOR, "message_label");
  g_assert_true (gtk_widget_has_css_class (siren_row, "error"));
  g_assert_true (gtk_widget_get_visible (message));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (message)), "123"));

  /* Saving is refused at the row; what was typed stays. */
  g_assert_false (lt_affaire_editor_save (editor));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (editor, LT_TYPE_AFFAIRE_EDITOR, "name_row"))), ==, "Dupont SARL");

  type_into (editor, LT_TYPE_AFFAIRE_EDITOR, "siren_row", "552 100 554");
  type_into (editor, LT_TYPE_AFFAIRE_EDITOR, "director_row", "Jean Dupont");
  /* issue 12: the letter needs the address and the forme juridique */
  type_into (editor, LT_TYPE_AFFAIRE_EDITOR, "address_row", "3 place Bellecour");
  type_into (editor, LT_TYPE_AFFAIRE_EDITOR, "postal_code_row", "69002");
  type_into (editor, LT_TYPE_AFFAIRE_EDITOR, "city_row", "Lyon");
  lt_choice_row_set_selected (LT_CHOICE_ROW (child (editor, LT_TYPE_AFFAIRE_EDITOR, "legal_form_row")),
                              lt_forme_juridique_index ("SARL") + 1);
  g_assert_false (gtk_widget_has_css_class (siren_row, "error"));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  iterate (50);
  g_assert_true (toasted (page, "Prospect added"));

  listed = list_item_named (page, "Dupont SARL");
  g_assert_nonnull (listed);
  g_assert_cmpint (lt_affaire_get_state (listed), ==, LT_AFFAIRE_STATE_PROSPECT);
  g_assert_cmpint (lt_documents_view_get_affaire_id (view), ==, lt_affaire_get_id (listed));

  /* Contacts: the first one signs; marking another moves the signature. */
  {
    GtkWidget *row = child (editor, LT_TYPE_AFFAIRE_EDITOR, "new_contact_row");
    g_autoptr(GListModel) contacts = NULL;
    GtkWidget *group = child (editor, LT_TYPE_AFFAIRE_EDITOR, "contacts_group");
    GtkWidget *second_check = NULL;

    gtk_editable_set_text (GTK_EDITABLE (row), "Marie Dupont");
    g_signal_emit_by_name (row, "apply");
    gtk_editable_set_text (GTK_EDITABLE (row), "Paul Durand");
    g_signal_emit_by_name (row, "apply");
    iterate (20);

    contacts = lt_store_list_contacts (f->store, lt_affaire_get_id (listed));
    g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 2);
    {
      g_autoptr(LtContact) first = g_list_model_get_item (contacts, 0);
      g_assert_cmpstr (lt_contact_get_name (first), ==, "Marie Dupont");
      g_assert_true (lt_contact_get_is_signatory (first));
    }

    /* Find Paul's « Signataire » check among the group's rows. */
    for (GtkWidget *w = group; w != NULL && second_check == NULL; )
      {
        GtkWidget *next = gtk_widget_get_first_child (w);
        if (GTK_IS_CHECK_BUTTON (w) && g_object_get_data (G_OBJECT (w), "contact") != NULL &&
            g_strcmp0 (lt_contact_get_name (g_object_get_data (G_OBJECT (w), "contact")), "Paul Durand") == 0)
          second_check = w;
        while (next == NULL && w != group)
          {
            next = gtk_widget_get_next_sibling (w);
            if (next == NULL)
              w = gtk_widget_get_parent (w);
          }
        w = next;
      }
    g_assert_nonnull (second_check);
    gtk_check_button_set_active (GTK_CHECK_BUTTON (second_check), TRUE);
    iterate (20);

    g_clear_object (&contacts);
    contacts = lt_store_list_contacts (f->store, lt_affaire_get_id (listed));
    {
      g_autoptr(LtContact) first = g_list_model_get_item (contacts, 0);   /* signatory first */
      g_autoptr(LtContact) other = g_list_model_get_item (contacts, 1);
      g_assert_cmpstr (lt_contact_get_name (first), ==, "Paul Durand");
      g_assert_true (lt_contact_get_is_signatory (first));
      g_assert_false (lt_contact_get_is_signatory (other));

      /* issue 12: he signs in a quality the letter prints */
      lt_contact_set_role (first, "Directeur général délégué");
      g_assert_true (lt_store_update_contact (f->store, first, NULL));
    }
  }

  /* « Nouveau document »: an avenant is offered but disabled, with why. */
  button = kind_button (view, LT_DOCUMENT_KIND_AVENANT);
  g_assert_false (gtk_widget_get_sensitive (button));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (button), "prospect"));
  button = kind_button (view, LT_DOCUMENT_KIND_OFFRE_DE_SERVICE);
  g_assert_true (gtk_widget_get_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  iterate (20);
  offre_id = lt_documents_view_get_selected_id (view);
  g_assert_cmpint (offre_id, >, 0);
  g_assert_cmpuint (count_chips (view), ==, 1);

  /* A line: choosing the prestation fills its tarif. */
  lt_choice_row_set_selected (LT_CHOICE_ROW (child (view, LT_TYPE_DOCUMENTS_VIEW, "prestation_row")), 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (view, LT_TYPE_DOCUMENTS_VIEW, "label_row"))), ==, "Bilan annuel");
  g_assert_nonnull (strstr (gtk_editable_get_text (GTK_EDITABLE (child (view, LT_TYPE_DOCUMENTS_VIEW, "price_row"))), "1"));
  gtk_widget_activate_action (GTK_WIDGET (view), "documents.add-line", NULL);
  iterate (20);

  /* Edit the line while a draft: a bad fee is refused at its row. */
  {
    GtkWidget *apply = find_with_data (child (view, LT_TYPE_DOCUMENTS_VIEW, "lines_group"), "label-row");
    GtkWidget *price_row, *label_row;
    g_autoptr(GPtrArray) lines = NULL;

    g_assert_nonnull (apply);
    price_row = g_object_get_data (G_OBJECT (apply), "price-row");
    label_row = g_object_get_data (G_OBJECT (apply), "label-row");
    gtk_editable_set_text (GTK_EDITABLE (price_row), "douze");
    g_signal_emit_by_name (apply, "clicked");
    g_assert_true (gtk_widget_has_css_class (price_row, "error"));
    gtk_editable_set_text (GTK_EDITABLE (price_row), "1 950,50");
    gtk_editable_set_text (GTK_EDITABLE (label_row), "Bilan et liasse fiscale");
    g_signal_emit_by_name (apply, "clicked");
    iterate (20);
    lines = lt_store_load_document_lines (f->store, offre_id, NULL);
    g_assert_cmpuint (lines->len, ==, 1);
    g_assert_cmpstr (lt_document_line_get_label (g_ptr_array_index (lines, 0)), ==, "Bilan et liasse fiscale");
    g_assert_cmpint (lt_document_line_get_price_cents (g_ptr_array_index (lines, 0)), ==, 195050);
  }

  gtk_widget_activate_action (GTK_WIDGET (view), "documents.send", NULL);
  iterate (20);
  g_assert_true (toasted (page, "sent"));

  /* Signing the offre: confirmed with today's date in a dialog; nothing
   * is signed before; the lettre de mission appears in the chain. */
  gtk_widget_activate_action (GTK_WIDGET (view), "documents.sign", NULL);
  iterate (20);
  g_assert_false (toasted (page, "Engagement letter created"));
  {
    AdwMessageDialog *dialog = sign_dialog ();
    g_autofree char *today = lt_date_today ();
    g_autofree char *shown = lt_date_iso_to_display (today);

    g_assert_nonnull (dialog);
    g_assert_cmpstr (gtk_editable_get_text (sign_date_entry (dialog)), ==, shown);
    /* a day after today, or before the sending, cannot be confirmed */
    gtk_editable_set_text (sign_date_entry (dialog), "31/12/2199");
    g_assert_false (adw_message_dialog_get_response_enabled (dialog, "sign"));
    gtk_editable_set_text (sign_date_entry (dialog), "01/01/2001");
    g_assert_false (adw_message_dialog_get_response_enabled (dialog, "sign"));
    gtk_editable_set_text (sign_date_entry (dialog), "pas une date");
    g_assert_false (adw_message_dialog_get_response_enabled (dialog, "sign"));
    confirm_sign (shown);
  }
  iterate (50);
  if (!toasted (page, "Engagement letter created"))
    g_error ("the offre is not signed: %s", last_toast (page));
  g_assert_cmpuint (count_chips (view), ==, 2);
  g_assert_cmpint (lt_documents_view_get_selected_id (view), !=, offre_id);

  /* Sending the letter is refused without LCB-FT: the reason is shown in
   * full, and its button opens the company file at the empty field. */
  gtk_widget_activate_action (GTK_WIDGET (view), "documents.send", NULL);
  iterate (20);
  {
    g_autofree char *body = answer_refusal ("file");
    AdwViewStack *stack = ADW_VIEW_STACK (gtk_widget_get_ancestor (GTK_WIDGET (editor), ADW_TYPE_VIEW_STACK));
    GtkWidget *lcbft_on_row = child (editor, LT_TYPE_AFFAIRE_EDITOR, "lcbft_on_row");

    g_assert_nonnull (strstr (body, "LCB-FT"));
    g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "file");
    GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (lcbft_on_row));

    g_assert_nonnull (focus);
    g_assert_true (focus == lcbft_on_row || gtk_widget_is_ancestor (focus, lcbft_on_row));
    adw_view_stack_set_visible_child_name (stack, "documents");
  }

  type_into (editor, LT_TYPE_AFFAIRE_EDITOR, "lcbft_on_row", "15/01/2026");
  type_into (editor, LT_TYPE_AFFAIRE_EDITOR, "beneficial_owner_row", "Jean Dupont");
  g_assert_true (lt_affaire_editor_save (editor));
  iterate (50);

  /* Nor without who identified the client (issue 12): the refusal names it. */
  gtk_widget_activate_action (GTK_WIDGET (view), "documents.send", NULL);
  iterate (20);
  {
    g_autofree char *body = answer_refusal ("close");
    g_assert_nonnull (strstr (body, "who identified the client"));
  }
  lt_choice_row_set_selected (LT_CHOICE_ROW (child (editor, LT_TYPE_AFFAIRE_EDITOR, "lcbft_by_row")), 1);
  g_assert_true (lt_affaire_editor_save (editor));
  iterate (50);

  /* Nor before a vigilance level is chosen (issue 12): the refusal says so. */
  gtk_widget_activate_action (GTK_WIDGET (view), "documents.send", NULL);
  iterate (20);
  {
    g_autofree char *body = answer_refusal ("close");
    g_assert_nonnull (strstr (body, "vigilance level"));
  }
  lt_choice_row_set_selected (LT_CHOICE_ROW (child (editor, LT_TYPE_AFFAIRE_EDITOR, "vigilance_row")), LT_VIGILANCE_STANDARD);
  g_assert_true (lt_affaire_editor_save (editor));
  iterate (50);

  gtk_widget_activate_action (GTK_WIDGET (view), "documents.send", NULL);
  iterate (20);
  gtk_widget_activate_action (GTK_WIDGET (view), "documents.sign", NULL);
  iterate (20);
  confirm_sign (NULL);
  iterate (100);
  g_assert_true (toasted (page, "Dupont SARL is now a client"));

  /* The file stays editable: its revision followed the new state. */
  type_into (editor, LT_TYPE_AFFAIRE_EDITOR, "activity_row", "Menuiserie");
  g_assert_true (lt_affaire_editor_save (editor));

  /* The list shows the new state. */
  g_clear_object (&listed);
  listed = list_item_named (page, "Dupont SARL");
  g_assert_cmpint (lt_affaire_get_state (listed), ==, LT_AFFAIRE_STATE_CLIENT);

  /* « Aperçu » opens the document preview on the signed letter's PDF. */
  gtk_widget_activate_action (GTK_WIDGET (view), "documents.preview", NULL);
  iterate (100);
  {
    g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
    LtDocumentPreview *preview = NULL;

    for (GList *l = toplevels; l != NULL && preview == NULL; l = l->next)
      if (LT_IS_DOCUMENT_PREVIEW (l->data))
        preview = l->data;
    g_assert_nonnull (preview);
    for (int i = 0; i < 200 && lt_document_preview_get_pdf (preview) == NULL; i++)
      iterate (100);
    g_assert_nonnull (lt_document_preview_get_pdf (preview));
    g_assert_nonnull (lt_pdf_view_get_bytes (lt_document_preview_get_view (preview)));
    gtk_window_destroy (GTK_WINDOW (preview));
  }

  /* Now an avenant is allowed. */
  g_assert_true (gtk_widget_get_sensitive (kind_button (view, LT_DOCUMENT_KIND_AVENANT)));

  /* Search by city-less name, accent-insensitively. */
  gtk_editable_set_text (GTK_EDITABLE (lt_affaires_page_get_search_entry (page)), "dupônt");
  iterate (400);
  g_assert_cmpuint (g_list_model_get_n_items (lt_affaires_page_get_list (page)), ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (lt_affaires_page_get_search_entry (page)), "martin");
  iterate (400);
  g_assert_cmpuint (g_list_model_get_n_items (lt_affaires_page_get_list (page)), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  iterate (20);
}

/* A client with a signed letter, for the renewal. */
static void
add_client (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  lt_store_exec (f->store,
                 "INSERT INTO affaires (id, name, state, siren, lcbft_identified_on) VALUES"
                 "  (1, 'Martin & Fils', 'client', '552100554', '2025-01-01');"
                 "INSERT INTO documents (id, affaire_id, kind, state, sent_on, signed_on, terms_id) VALUES"
                 "  (1, 1, 'lettre-de-mission', 'signed', '2025-01-02', '2025-01-05', 1);"
                 "INSERT INTO document_lines (document_id, position, prestation_id, label, price_cents, recurrence) VALUES"
                 "  (1, 0, 11, 'Tenue comptable', 12345, 'monthly'),"
                 "  (1, 1, 10, 'Bilan annuel', 99999, 'yearly');",
                 &error);
  g_assert_no_error (error);
}

/* Amounts are French (« 2 481,39 € » with narrow spaces): compare digits. */
static gboolean
has_amount (const char *text,
            const char *amount)
{
  g_autoptr(GString) digits = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isdigit (c) || c == ',' || c == '.')
        g_string_append_unichar (digits, c);
      else if (!g_unichar_isspace (c) && c != 0x202F && c != 0x00A0)
        g_string_append_c (digits, ' ');
    }
  return strstr (digits->str, amount) != NULL;
}

static void
test_renewal_preview (Fixture       *f,
                      gconstpointer  data)
{
  const gint64 ids[] = { 1 };
  LtRenewalDialog *dialog;
  const char *totals;
  g_autoptr(GPtrArray) docs = NULL;

  add_client (f);

  dialog = LT_RENEWAL_DIALOG (lt_renewal_dialog_new (f->context, ids, 1));
  gtk_window_present (GTK_WINDOW (dialog));
  iterate (50);

  /* 123,45 × 12 + 999,99 = 2 481,39 → 127,77 × 12 + 1 034,99 = 2 568,23 */
  totals = lt_renewal_dialog_get_totals_text (dialog);
  g_test_message ("%s", totals);
  g_assert_true (has_amount (totals, "2481,39"));
  g_assert_true (has_amount (totals, "2568,23"));
  g_assert_cmpuint (g_list_model_get_n_items (lt_renewal_dialog_get_rows (dialog)), ==, 3);

  /* A bad coefficient is refused where it is typed; the preview stays. */
  lt_renewal_dialog_set_coefficient (dialog, "abc");
  g_assert_false (lt_renewal_dialog_preview (dialog));
  g_assert_nonnull (lt_renewal_dialog_get_message (dialog));
  g_assert_cmpstr (lt_renewal_dialog_get_message (dialog), !=, "");
  g_assert_cmpuint (g_list_model_get_n_items (lt_renewal_dialog_get_rows (dialog)), ==, 3);

  /* Override the Bilan at 1 100,00: the total follows. */
  g_assert_true (lt_renewal_plan_override_line (lt_renewal_dialog_get_plan (dialog), 1, 1, 110000, NULL));
  iterate (20);
  totals = lt_renewal_dialog_get_totals_text (dialog);
  g_assert_true (has_amount (totals, "2633,24"));

  /* Create the drafts off the main thread. */
  g_object_ref (dialog);
  lt_renewal_dialog_apply (dialog);
  for (int i = 0; i < 500 && lt_renewal_dialog_is_running (dialog); i++)
    iterate (10);
  g_assert_false (lt_renewal_dialog_is_running (dialog));
  docs = lt_store_load_affaire_documents (f->store, 1, NULL);
  g_assert_cmpuint (docs->len, ==, 2);
  g_assert_cmpint (lt_document_get_kind (g_ptr_array_index (docs, 1)), ==, LT_DOCUMENT_KIND_LETTRE_DE_MISSION_SUBSTITUTIVE);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
}

static void
test_import_dialog (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "affaires-utf8-semicolon.csv", NULL);
  LtImportDialog *dialog = LT_IMPORT_DIALOG (lt_import_dialog_new (f->context));

  gtk_window_present (GTK_WINDOW (dialog));
  iterate (20);

  g_assert_true (lt_import_dialog_open_file (dialog, path));
  g_assert_nonnull (strstr (lt_import_dialog_get_summary (dialog), "3"));
  g_assert_nonnull (strstr (lt_import_dialog_get_summary (dialog), "4 refused"));
  g_assert_true (lt_import_dialog_run (dialog));
  g_assert_nonnull (strstr (lt_import_dialog_get_summary (dialog), "3 affaires imported"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  iterate (20);
}

static gint64
add_affaire (Fixture        *f,
             const char     *name,
             LtAffaireState  state)
{
  g_autoptr(LtAffaire) affaire = lt_affaire_new ();
  g_autoptr(GError) error = NULL;

  lt_affaire_set_name (affaire, name);
  lt_affaire_set_state (affaire, state);
  if (state == LT_AFFAIRE_STATE_CLIENT)   /* a client's letter, outside Lettrine */
    lt_affaire_set_letter_outside_date (affaire, "2024-01-02");
  g_assert_true (lt_store_add_affaire (f->store, affaire, &error));
  g_assert_no_error (error);
  return lt_affaire_get_id (affaire);
}

/* « Nouveau projet pour ce client » from an affaire: refused for a prospect
 * with the rule's message, for a client the Projets page opens its editor. */
static void
test_new_project (Fixture       *f,
                  gconstpointer  data)
{
  gint64 prospect = add_affaire (f, "Éditions du Lac", LT_AFFAIRE_STATE_PROSPECT);
  gint64 client = add_affaire (f, "Boulangerie Martin", LT_AFFAIRE_STATE_CLIENT);
  LtWindow *window = lt_window_new (NULL, f->context);
  LtAffairesPage *page;
  g_autoptr(GListModel) toplevels = NULL;
  guint n_before;

  gtk_window_present (GTK_WINDOW (window));
  lt_window_show_page (window, "affaires");
  iterate (50);
  page = LT_AFFAIRES_PAGE (lt_window_get_page (window, "affaires"));

  lt_affaires_page_select_affaire (page, prospect);
  iterate (20);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "affaires.new-project", NULL));
  g_assert_nonnull (strstr (last_toast (page), "is still a prospect"));
  g_assert_cmpstr (lt_window_get_visible_page_name (window), ==, "affaires");

  toplevels = g_object_ref (gtk_window_get_toplevels ());
  n_before = g_list_model_get_n_items (toplevels);
  lt_affaires_page_select_affaire (page, client);
  iterate (20);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "affaires.new-project", NULL));
  iterate (50);
  g_assert_cmpstr (lt_window_get_visible_page_name (window), ==, "projects");
  g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, n_before + 1);

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i - 1);
      gtk_window_destroy (w);
    }
  iterate (20);
}

int
main (int argc, char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui-affaires/prospect-to-client", Fixture, NULL, fixture_set_up, test_prospect_to_client, fixture_tear_down);
  g_test_add ("/ui-affaires/renewal-preview", Fixture, NULL, fixture_set_up, test_renewal_preview, fixture_tear_down);
  g_test_add ("/ui-affaires/import", Fixture, NULL, fixture_set_up, test_import_dialog, fixture_tear_down);
  g_test_add ("/ui-affaires/new-project", Fixture, NULL, fixture_set_up, test_new_project, fixture_tear_down);

  return g_test_run ();
}
