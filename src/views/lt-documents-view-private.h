/* lt-documents-view-private.h: what the documents view's files share — its instance and helpers */
#pragma once

#include "lt-document.h"
#include "lt-document-rules.h"
#include "lt-documents-view.h"
#include "lt-store.h"
#include "lt-choice-row.h"

G_BEGIN_DECLS

struct _LtDocumentsView
{
  AdwBin               parent_instance;

  LtContext           *context;
  gint64               affaire_id;
  gint64               selected_id;
  GPtrArray           *documents;      /* LtDocument of the affaire */
  GListModel          *prestations;    /* the catalogue, for new lines */
  GPtrArray           *line_rows;
  guint                reload_source;

  GtkLabel            *scope_label;
  GtkMenuButton       *new_button;
  GtkPopover          *new_popover;
  GtkBox              *kinds_box;
  GtkBox              *chains_box;
  GtkStack            *doc_stack;
  GtkLabel            *none_label;
  GtkLabel            *doc_title;
  GtkLabel            *doc_state;
  GtkButton           *preview_button;
  AdwPreferencesGroup *lines_group;
  AdwPreferencesGroup *add_line_group;
  LtChoiceRow         *prestation_row;
  AdwEntryRow         *label_row;
  AdwEntryRow         *price_row;
  LtChoiceRow         *recurrence_row;
  GtkBox              *scope_box;      /* issue 13: the scope in force, line by line */
};

void        lt_documents_view_toast                 (LtDocumentsView *self,
                                                     const char      *message);
LtStore    *lt_documents_view_get_store             (LtDocumentsView *self);
/* The document @id among the affaire's, or NULL. (transfer none) */
LtDocument *lt_documents_view_find_document         (LtDocumentsView *self,
                                                     gint64           id);
void        lt_documents_view_reload                (LtDocumentsView *self);

void        lt_documents_view_class_install_actions (GtkWidgetClass  *widget_class);

/* issue 16: a refusal the user must act on, in full (lt-documents-view-refusal.c) */
GtkWindow  *lt_documents_view_refuse                (LtDocumentsView *self,
                                                     const GError    *error);
/* lt-documents-view-lineage.c */
char       *lt_documents_view_document_name         (LtDocument      *doc);
void        lt_documents_view_fill_lineage          (LtDocumentsView *self);
void        lt_documents_view_fill_scope            (LtDocumentsView *self,
                                                     LtScope         *scope);

G_END_DECLS
