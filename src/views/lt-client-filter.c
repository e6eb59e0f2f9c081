/* lt-client-filter.c: « Every client » or one client, from a popover over the lazy list of clients */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-client-filter"

#include "config.h"

#include <glib/gi18n.h>

#include "lt-accessible.h"
#include "lt-affaire.h"
#include "lt-client-filter.h"
#include "lt-store-affaires.h"

/* A cabinet has thousands of clients: a drop-down of all their names costs
 * hundreds of milliseconds when the page appears. This list is the store's
 * lazy list, made when the popover opens and searched in SQL. */
struct _LtClientFilter
{
  AdwBin          parent_instance;

  LtStore        *store;
  gint64          affaire_id;
  GListModel     *clients;

  GtkMenuButton  *button;
  GtkPopover     *popover;
  GtkSearchEntry *search;
  GtkListView    *list;
  GtkWidget      *every;
  gboolean        required;
};

G_DEFINE_FINAL_TYPE (LtClientFilter, lt_client_filter, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_AFFAIRE_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_affaire (LtClientFilter *self,
             gint64          affaire_id,
             const char     *name)
{
  gtk_menu_button_set_label (self->button, affaire_id != 0 && name != NULL ? name
                                           : self->required ? _("Choose a client…") : _("Every client"));

  if (self->affaire_id == affaire_id)
    return;

  self->affaire_id = affaire_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AFFAIRE_ID]);
}

static void
on_activate_cb (GtkListView    *list,
                guint           position,
                LtClientFilter *self)
{
  g_autoptr(LtAffaire) affaire = g_list_model_get_item (self->clients, position);

  if (affaire != NULL)
    set_affaire (self, lt_affaire_get_id (affaire), lt_affaire_get_name (affaire));
  gtk_popover_popdown (self->popover);
}

static void
on_every_clicked_cb (LtClientFilter *self)
{
  set_affaire (self, 0, NULL);
  gtk_popover_popdown (self->popover);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  LtAffaire *affaire = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), affaire != NULL ? lt_affaire_get_name (affaire) : "");
  lt_accessible_name_list_row (gtk_list_item_get_child (item), affaire != NULL ? lt_affaire_get_name (affaire) : "", NULL);
}

static void
on_search_changed_cb (LtClientFilter *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search));
  g_autoptr(GtkNoSelection) selection = NULL;

  if (self->store == NULL)
    return;

  g_clear_object (&self->clients);
  self->clients = lt_store_list_affaires (self->store, *text != '\0' ? text : NULL,
                                          LT_AFFAIRE_STATE_CLIENT, LT_AFFAIRE_SORT_NAME);
  selection = gtk_no_selection_new (g_object_ref (self->clients));
  gtk_list_view_set_model (self->list, GTK_SELECTION_MODEL (selection));
}

/* Enter in the search (or AT-SPI's « activate » on it) takes the first
 * client found: typing a name and Enter chooses without the list. */
static void
on_search_activate_cb (LtClientFilter *self)
{
  on_search_changed_cb (self);
  if (self->clients != NULL && g_list_model_get_n_items (self->clients) > 0)
    on_activate_cb (self->list, 0, self);
}

static void
on_popover_show_cb (LtClientFilter *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search), "");
  on_search_changed_cb (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search));
}

static void
lt_client_filter_dispose (GObject *object)
{
  LtClientFilter *self = (LtClientFilter *) object;

  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_object (&self->clients);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (lt_client_filter_parent_class)->dispose (object);
}

static void
lt_client_filter_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LtClientFilter *self = (LtClientFilter *) object;

  switch (prop_id)
    {
    case PROP_AFFAIRE_ID:
      g_value_set_int64 (value, self->affaire_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_client_filter_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LtClientFilter *self = (LtClientFilter *) object;

  switch (prop_id)
    {
    case PROP_AFFAIRE_ID:
      lt_client_filter_set_affaire_id (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_client_filter_class_init (LtClientFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lt_client_filter_dispose;
  object_class->get_property = lt_client_filter_get_property;
  object_class->set_property = lt_client_filter_set_property;

  properties[PROP_AFFAIRE_ID] =
    g_param_spec_int64 ("affaire-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lt_client_filter_init (LtClientFilter *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkWidget *box, *every, *scrolled;

  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_label (self->button, _("Every client"));
  gtk_menu_button_set_always_show_arrow (self->button, TRUE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), _("Client"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Client"), -1);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->button));

  self->search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search clients"), -1);
  g_signal_connect_swapped (self->search, "search-changed", G_CALLBACK (on_search_changed_cb), self);
  g_signal_connect_swapped (self->search, "activate", G_CALLBACK (on_search_activate_cb), self);

  every = self->every = gtk_button_new_with_label (_("Every client"));
  gtk_widget_add_css_class (every, "flat");
  g_signal_connect_swapped (every, "clicked", G_CALLBACK (on_every_clicked_cb), self);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  self->list = GTK_LIST_VIEW (gtk_list_view_new (NULL, g_steal_pointer (&factory)));
  gtk_list_view_set_single_click_activate (self->list, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Clients"), -1);
  g_signal_connect (self->list, "activate", G_CALLBACK (on_activate_cb), self);

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_size_request (scrolled, 280, 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->search));
  gtk_box_append (GTK_BOX (box), every);
  gtk_box_append (GTK_BOX (box), scrolled);

  self->popover = GTK_POPOVER (gtk_popover_new ());
  gtk_popover_set_child (self->popover, box);
  g_signal_connect_swapped (self->popover, "show", G_CALLBACK (on_popover_show_cb), self);
  gtk_menu_button_set_popover (self->button, GTK_WIDGET (self->popover));
}

GtkWidget *
lt_client_filter_new (void)
{
  return g_object_new (LT_TYPE_CLIENT_FILTER, NULL);
}

void
lt_client_filter_set_store (LtClientFilter *self,
                            LtStore        *store)
{
  g_return_if_fail (LT_IS_CLIENT_FILTER (self));

  g_set_object (&self->store, store);
}

gint64
lt_client_filter_get_affaire_id (LtClientFilter *self)
{
  g_return_val_if_fail (LT_IS_CLIENT_FILTER (self), 0);

  return self->affaire_id;
}

/**
 * lt_client_filter_set_affaire_id:
 * @affaire_id: a client, or 0 for every client
 */
void
lt_client_filter_set_affaire_id (LtClientFilter *self,
                                 gint64          affaire_id)
{
  g_autoptr(LtAffaire) affaire = NULL;

  g_return_if_fail (LT_IS_CLIENT_FILTER (self));

  if (affaire_id != 0 && self->store != NULL)
    affaire = lt_store_get_affaire (self->store, affaire_id, NULL);

  set_affaire (self, affaire != NULL ? affaire_id : 0, affaire != NULL ? lt_affaire_get_name (affaire) : NULL);
}

/**
 * lt_client_filter_set_required:
 *
 * Makes the filter a choice of one client (a project's client): no « Every
 * client » entry, « Choose a client… » until one is chosen.
 */
void
lt_client_filter_set_required (LtClientFilter *self,
                               gboolean        required)
{
  g_return_if_fail (LT_IS_CLIENT_FILTER (self));

  self->required = required;
  gtk_widget_set_visible (self->every, !required);
  if (self->affaire_id == 0)
    gtk_menu_button_set_label (self->button, required ? _("Choose a client…") : _("Every client"));
}
