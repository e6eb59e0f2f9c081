/* lt-project-editor-access.c: what tests and the journey read and type in the project editor */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-project-editor"

#include "config.h"

#include "lt-project-editor-private.h"

guint
lt_project_editor_get_n_rows (LtProjectEditor *self)
{
  g_return_val_if_fail (LT_IS_PROJECT_EDITOR (self), 0);

  return self->rows->len;
}

/**
 * lt_project_editor_set_row:
 * @start: (nullable): as typed; %NULL leaves it
 *
 * Types into the row's fields, as a user would.
 */
void
lt_project_editor_set_row (LtProjectEditor *self,
                           guint            index,
                           const char      *start,
                           const char      *end,
                           const char      *price)
{
  Row *row;

  g_return_if_fail (LT_IS_PROJECT_EDITOR (self));
  g_return_if_fail (index < self->rows->len);

  row = g_ptr_array_index (self->rows, index);
  if (start != NULL)
    gtk_editable_set_text (GTK_EDITABLE (row->start), start);
  if (end != NULL)
    gtk_editable_set_text (GTK_EDITABLE (row->end), end);
  if (price != NULL)
    gtk_editable_set_text (GTK_EDITABLE (row->price), price);
}

const char *
lt_project_editor_get_row_error (LtProjectEditor *self,
                                 guint            index)
{
  g_return_val_if_fail (LT_IS_PROJECT_EDITOR (self), NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);

  return ((Row *) g_ptr_array_index (self->rows, index))->error_text;
}

const char *
lt_project_editor_get_error (LtProjectEditor *self)
{
  g_return_val_if_fail (LT_IS_PROJECT_EDITOR (self), NULL);

  return self->error_text;
}
