/* lt-suivi-row.c: a row of the suivi des tâches — a tâche's six cells, and the header that names them */
/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The suivi is a GtkListView of these rows, under a header row of the same
 * widths, rather than a GtkColumnView: GTK 4.8's column view re-measures
 * every cell of a column each time a row is added (≈25 ms per step at 200
 * rows), and makes 13 widgets a row where this makes 7. The cells' widths
 * come from characters, never from their text, so the rows and the header
 * line up without a shared layout. */

#define G_LOG_DOMAIN "lt-views"

#include "config.h"

#include <glib/gi18n.h>

#include "lt-accessible.h"
#include "lt-date.h"
#include "lt-enums.h"
#include "lt-schedule.h"
#include "lt-suivi-row.h"

#define CELL_SPACING 12

typedef enum {
  COLUMN_TITLE,
  COLUMN_CLIENT,
  COLUMN_PRESTATION,
  COLUMN_STAFF,
  COLUMN_DUE,
  COLUMN_STATUS,
  N_COLUMNS
} Column;

/* ---- the columns' widths ------------------------------------------------ */

/* the least width a dragged column keeps */
#define MIN_COLUMN_WIDTH 32

struct _LtSuiviColumns
{
  GObject parent_instance;
  int     widths[N_COLUMNS];   /* -1: the column's width in characters */
};

G_DEFINE_FINAL_TYPE (LtSuiviColumns, lt_suivi_columns, G_TYPE_OBJECT)

enum { COLUMNS_CHANGED, N_COLUMNS_SIGNALS };
static guint columns_signals[N_COLUMNS_SIGNALS];

static void
lt_suivi_columns_class_init (LtSuiviColumnsClass *klass)
{
  /* ::changed (column): a column was given a width */
  columns_signals[COLUMNS_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
lt_suivi_columns_init (LtSuiviColumns *self)
{
  for (guint i = 0; i < N_COLUMNS; i++)
    self->widths[i] = -1;
}

LtSuiviColumns *
lt_suivi_columns_new (void)
{
  return g_object_new (LT_TYPE_SUIVI_COLUMNS, NULL);
}

/**
 * lt_suivi_columns_get_width:
 *
 * Returns: the width in pixels a user gave @column, or -1 (its width in
 *   characters)
 */
int
lt_suivi_columns_get_width (LtSuiviColumns *self,
                            guint           column)
{
  g_return_val_if_fail (LT_IS_SUIVI_COLUMNS (self), -1);
  g_return_val_if_fail (column < N_COLUMNS, -1);

  return self->widths[column];
}

/**
 * lt_suivi_columns_set_width:
 * @width: in pixels, at least MIN_COLUMN_WIDTH; -1: the width in characters
 *
 * The title takes the room left: it is not given a width.
 */
void
lt_suivi_columns_set_width (LtSuiviColumns *self,
                            guint           column,
                            int             width)
{
  g_return_if_fail (LT_IS_SUIVI_COLUMNS (self));
  g_return_if_fail (column < N_COLUMNS);

  if (column == COLUMN_TITLE)
    return;
  if (width >= 0)
    width = MAX (width, MIN_COLUMN_WIDTH);
  if (self->widths[column] == width)
    return;

  self->widths[column] = width;
  g_signal_emit (self, columns_signals[COLUMNS_CHANGED], 0, column);
}

/* ---- the row ------------------------------------------------------------ */

struct _LtSuiviRow
{
  GtkWidget  parent_instance;
  GtkWidget *cells[N_COLUMNS];
  LtSuiviColumns *columns;
  /* A row out of view (GTK 4.8 keeps 200, unmapped below the screen) is
   * filled when it is mapped: a keystroke refills the rows on screen, not
   * 200 × 6 cells. */
  LtTask    *task;
  gboolean   stale;
};

G_DEFINE_FINAL_TYPE (LtSuiviRow, lt_suivi_row, GTK_TYPE_WIDGET)

/* The cells are GtkInscriptions, not labels: their size comes from a
 * number of characters, never from their text, so that a keystroke that
 * changes the text of every row on screen re-lays out nothing (labels made
 * the column view measure ≈1,200 texts per keystroke: 45 ms at 200,000
 * tâches). Each column's width in characters: */
static const struct {
  int min;
  int nat;
} column_chars[] = {
  /* the title keeps the most when the window is narrow; at 1280 px the
   * demo's clients and prestations (« Cabinet dentaire du Dr Morel »,
   * « Reprise du dossier comptable ») and « En attente client » read whole */
  [COLUMN_TITLE]      = { 24, 40 },
  [COLUMN_CLIENT]     = { 16, 24 },
  [COLUMN_PRESTATION] = { 16, 25 },
  [COLUMN_STAFF]      = { 8, 13 },
  [COLUMN_DUE]        = { 10, 10 },
  [COLUMN_STATUS]     = { 8, 15 },
};

/* Whether the text of @cell is wider than the cell (ellipsized). */
static gboolean
cell_is_cut (GtkWidget *cell)
{
  const char *text = gtk_inscription_get_text (GTK_INSCRIPTION (cell));
  g_autoptr(PangoLayout) layout = NULL;
  int width;

  if (text == NULL || *text == '\0')
    return FALSE;
  layout = gtk_widget_create_pango_layout (cell, text);
  pango_layout_get_pixel_size (layout, &width, NULL);

  return width > gtk_widget_get_width (cell);
}

/* A cell's tooltip is made when the pointer rests on it, not at each bind
 * (thousands of cells at start): the text where it is cut, and the note
 * of an overdue or late date (also the cell's accessible description). */
static gboolean
on_cell_query_tooltip_cb (GtkWidget  *widget,
                          int         x,
                          int         y,
                          gboolean    keyboard,
                          GtkTooltip *tooltip,
                          gpointer    user_data)
{
  const char *note = g_object_get_data (G_OBJECT (widget), "lt-note");
  const char *shown = gtk_inscription_get_text (GTK_INSCRIPTION (widget));
  gboolean cut = cell_is_cut (widget);
  g_autofree char *text = NULL;

  if (note == NULL && !cut)
    return FALSE;

  text = note != NULL && cut ? g_strdup_printf ("%s — %s", shown, note) : g_strdup (note != NULL ? note : shown);
  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

static void
set_cell_note (GtkWidget  *cell,
               const char *note)
{
  if (g_strcmp0 (g_object_get_data (G_OBJECT (cell), "lt-note"), note) == 0)
    return;

  g_object_set_data (G_OBJECT (cell), "lt-note", (gpointer) note);
  if (note != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, note, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* Today as ISO, read again at most every ten seconds: each due cell asks
 * (lt_date_today () reads the local time zone: a stat of /etc/localtime). */
static const char *
cells_today (void)
{
  static char *today;
  static gint64 read_at;
  gint64 now = g_get_monotonic_time ();

  if (today == NULL || now - read_at > 10 * G_USEC_PER_SEC)
    {
      g_free (today);
      today = lt_date_today ();
      read_at = now;
    }

  return today;
}

static void
fill_cell (GtkWidget *cell,
           Column     column,
           LtTask    *task)
{
  g_autofree char *text = NULL;
  const char *css_class = NULL;
  const char *note = NULL;

  if (task == NULL)
    {
      gtk_widget_remove_css_class (cell, "error");
      gtk_widget_remove_css_class (cell, "warning");
      set_cell_note (cell, NULL);
      return;
    }

  switch (column)
    {
    case COLUMN_TITLE:
      if (lt_task_get_kind (task) == LT_STEP_KIND_REQUEST)
        /* Translators: a demande d'information in the suivi */
        text = g_strdup_printf (_("Demande: %s"), lt_task_get_title (task));
      else
        text = g_strdup (lt_task_get_title (task));
      /* tasks saved since issue 14 carry their period in their title */
      if (!lt_schedule_title_names_period (text, lt_task_get_period (task)))
        {
          g_autofree char *period = lt_schedule_period_to_display (lt_task_get_period (task));
          char *with = g_strconcat (text, " — ", period, NULL);

          g_free (text);
          text = with;
        }
      break;

    case COLUMN_CLIENT:
      text = g_strdup (lt_task_get_affaire_name (task));
      break;

    case COLUMN_PRESTATION:
      text = g_strdup (lt_task_get_prestation_name (task));
      break;

    case COLUMN_STAFF:
      text = g_strdup (lt_task_get_staff_name (task));
      break;

    case COLUMN_DUE:
      {
        const char *today = cells_today ();

        text = lt_date_iso_to_display (lt_task_get_due_date (task));
        if (lt_task_get_status (task) != LT_TASK_STATUS_DONE &&
            g_strcmp0 (lt_task_get_due_date (task), today) < 0)
          {
            css_class = "error";
            note = _("Overdue");
          }
        else if (lt_task_get_late (task))
          {
            css_class = "warning";
            note = _("Due after the end of its prestation");
          }
      }
      break;

    case COLUMN_STATUS:
      text = g_strdup (lt_enum_to_label (LT_TYPE_TASK_STATUS, lt_task_get_status (task)));
      break;

    default:
      g_assert_not_reached ();
    }

  /* a cell whose text is unchanged is left alone (a write refreshes every
   * row on screen: most show the same) */
  if (g_strcmp0 (gtk_inscription_get_text (GTK_INSCRIPTION (cell)), text != NULL ? text : "") != 0)
    {
      gtk_inscription_set_text (GTK_INSCRIPTION (cell), text != NULL ? text : "");
      gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL, text != NULL ? text : "", -1);
      /* the row is read by its task's title */
      if (column == COLUMN_TITLE)
        lt_accessible_name_list_row (cell, text, NULL);
    }
  if (g_strcmp0 (css_class, "error") != 0)
    gtk_widget_remove_css_class (cell, "error");
  if (g_strcmp0 (css_class, "warning") != 0)
    gtk_widget_remove_css_class (cell, "warning");
  if (css_class != NULL)
    gtk_widget_add_css_class (cell, css_class);
  set_cell_note (cell, note);
}

/**
 * lt_suivi_row_set_task:
 * @task: (nullable): the tâche the row shows, or %NULL for none
 */
void
lt_suivi_row_set_task (LtSuiviRow *self,
                       LtTask     *task)
{
  g_return_if_fail (LT_IS_SUIVI_ROW (self));
  g_return_if_fail (task == NULL || LT_IS_TASK (task));

  g_set_object (&self->task, task);
  self->stale = !gtk_widget_get_mapped (GTK_WIDGET (self));
  if (!self->stale)
    for (guint i = 0; i < N_COLUMNS; i++)
      fill_cell (self->cells[i], i, task);
}

static void
lt_suivi_row_map (GtkWidget *widget)
{
  LtSuiviRow *self = LT_SUIVI_ROW (widget);

  GTK_WIDGET_CLASS (lt_suivi_row_parent_class)->map (widget);

  if (self->stale)
    {
      self->stale = FALSE;
      for (guint i = 0; i < N_COLUMNS; i++)
        fill_cell (self->cells[i], i, self->task);
    }
}

static GtkWidget *
new_cell (Column column)
{
  GtkWidget *cell = gtk_inscription_new (NULL);

  gtk_inscription_set_xalign (GTK_INSCRIPTION (cell), 0);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (cell), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (cell), column_chars[column].min);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (cell), column_chars[column].nat);
  gtk_widget_set_hexpand (cell, column == COLUMN_TITLE);

  return cell;
}

static void
lt_suivi_row_dispose (GObject *object)
{
  LtSuiviRow *self = LT_SUIVI_ROW (object);

  for (guint i = 0; i < N_COLUMNS; i++)
    g_clear_pointer (&self->cells[i], gtk_widget_unparent);
  g_clear_object (&self->task);
  g_clear_object (&self->columns);

  G_OBJECT_CLASS (lt_suivi_row_parent_class)->dispose (object);
}

static void
lt_suivi_row_class_init (LtSuiviRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lt_suivi_row_dispose;
  widget_class->map = lt_suivi_row_map;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "suivirow");
}

static void
lt_suivi_row_init (LtSuiviRow *self)
{
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), CELL_SPACING);
  for (guint i = 0; i < N_COLUMNS; i++)
    {
      self->cells[i] = new_cell (i);
      gtk_widget_set_parent (self->cells[i], GTK_WIDGET (self));
    }
}

/**
 * lt_suivi_row_new:
 * @columns: (nullable): the widths of the list's columns
 *
 * Returns: (transfer floating): a row showing no tâche yet; its cells give
 *   a tooltip where their text is cut or their date is late
 */
/* A cell given a width keeps it; the others are sized in characters. */
static void
apply_width (LtSuiviRow *self,
             guint       column)
{
  int width = lt_suivi_columns_get_width (self->columns, column);
  GtkInscription *cell = GTK_INSCRIPTION (self->cells[column]);

  gtk_inscription_set_min_chars (cell, width >= 0 ? 0 : (guint) column_chars[column].min);
  gtk_inscription_set_nat_chars (cell, width >= 0 ? 0 : (guint) column_chars[column].nat);
  gtk_widget_set_size_request (GTK_WIDGET (cell), width, -1);
}

static LtSuiviRow *
new_row (LtSuiviColumns *columns)
{
  LtSuiviRow *self = g_object_new (LT_TYPE_SUIVI_ROW, NULL);

  g_return_val_if_fail (columns == NULL || LT_IS_SUIVI_COLUMNS (columns), NULL);

  if (columns == NULL)
    return self;
  self->columns = g_object_ref (columns);
  g_signal_connect_object (columns, "changed", G_CALLBACK (apply_width), self, G_CONNECT_SWAPPED);
  for (guint i = 0; i < N_COLUMNS; i++)
    if (lt_suivi_columns_get_width (columns, i) >= 0)
      apply_width (self, i);

  return self;
}

GtkWidget *
lt_suivi_row_new (LtSuiviColumns *columns)
{
  LtSuiviRow *self = new_row (columns);

  for (guint i = 0; i < N_COLUMNS; i++)
    {
      gtk_widget_set_has_tooltip (self->cells[i], TRUE);
      g_signal_connect (self->cells[i], "query-tooltip", G_CALLBACK (on_cell_query_tooltip_cb), NULL);
    }

  return GTK_WIDGET (self);
}

/**
 * lt_suivi_row_new_titles:
 * @columns: (nullable): the widths of the list's columns
 *
 * Returns: (transfer floating): the row of column titles, of the rows'
 *   widths (lt_suivi_header_new () puts it above the list)
 */
GtkWidget *
lt_suivi_row_new_titles (LtSuiviColumns *columns)
{
  static const char * const titles[N_COLUMNS] = {
    [COLUMN_TITLE] = N_("Task"),
    [COLUMN_CLIENT] = N_("Client"),
    [COLUMN_PRESTATION] = N_("Prestation"),
    [COLUMN_STAFF] = N_("Intervenant"),
    [COLUMN_DUE] = N_("Due"),
    [COLUMN_STATUS] = N_("Status"),
  };
  LtSuiviRow *self = new_row (columns);

  gtk_widget_add_css_class (GTK_WIDGET (self), "header");
  for (guint i = 0; i < N_COLUMNS; i++)
    {
      gtk_inscription_set_text (GTK_INSCRIPTION (self->cells[i]), _(titles[i]));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->cells[i]), GTK_ACCESSIBLE_PROPERTY_LABEL, _(titles[i]), -1);
    }

  return GTK_WIDGET (self);
}
