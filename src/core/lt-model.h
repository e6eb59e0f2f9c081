/* lt-model.h: one description per entity — the base of the models, driven by a table of their fields */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LT_TYPE_MODEL (lt_model_get_type ())

G_DECLARE_DERIVABLE_TYPE (LtModel, lt_model, LT, MODEL, GObject)

typedef enum {
  LT_FIELD_INT64,
  LT_FIELD_INT,
  LT_FIELD_BOOLEAN,
  LT_FIELD_DOUBLE,
  LT_FIELD_ENUM,
  LT_FIELD_TEXT,          /* never NULL: NULL is kept as "" */
  LT_FIELD_OPTIONAL_TEXT, /* NULL when absent (dates): "" is kept as NULL */
  LT_FIELD_BYTES,
} LtFieldType;

typedef enum {
  LT_FIELD_STORED     = 0,
  LT_FIELD_NULL_IF_ABSENT = 1 << 0, /* the store writes NULL for "", an id 0, or a number -1 */
  LT_FIELD_DB_DEFAULT = 1 << 1,     /* the database fills it (created_at): read, never written */
  LT_FIELD_DISPLAY    = 1 << 2,     /* not a column: set by the store from a join, for display */
} LtFieldFlags;

/* One column of an entity. The property is the column's name with '_'
 * written '-'; the value lives at @offset in the instance. */
typedef struct {
  const char    *column;
  LtFieldType    type;
  gsize          offset;
  GType        (*enum_type) (void);
  gint64         minimum;
  gint64         default_value;
  const char    *default_text;
  LtFieldFlags   flags;
  const char    *nick;           /* N_(): a label for users, or NULL */
} LtField;

/* The lines of a description, one a column:
 *   [PROP_NAME] = LT_FIELD_TEXT_COLUMN (LtContact, name, ""),  */
#define LT_FIELD_ID_COLUMN(T, f, flags) \
  { #f, LT_FIELD_INT64, G_STRUCT_OFFSET (T, f), NULL, 0, 0, NULL, flags, NULL }
#define LT_FIELD_INT64_COLUMN(T, f, def, flags) \
  { #f, LT_FIELD_INT64, G_STRUCT_OFFSET (T, f), NULL, G_MININT64, def, NULL, flags, NULL }
#define LT_FIELD_INT_COLUMN(T, f, def, flags) \
  { #f, LT_FIELD_INT, G_STRUCT_OFFSET (T, f), NULL, G_MININT, def, NULL, flags, NULL }
#define LT_FIELD_BOOLEAN_COLUMN(T, f, def, flags) \
  { #f, LT_FIELD_BOOLEAN, G_STRUCT_OFFSET (T, f), NULL, 0, def, NULL, flags, NULL }
#define LT_FIELD_DOUBLE_COLUMN(T, f, flags) \
  { #f, LT_FIELD_DOUBLE, G_STRUCT_OFFSET (T, f), NULL, 0, 0, NULL, flags, NULL }
#define LT_FIELD_ENUM_COLUMN(T, f, get_type, def, flags) \
  { #f, LT_FIELD_ENUM, G_STRUCT_OFFSET (T, f), get_type, 0, def, NULL, flags, NULL }
#define LT_FIELD_TEXT_COLUMN(T, f, def, flags) \
  { #f, LT_FIELD_TEXT, G_STRUCT_OFFSET (T, f), NULL, 0, 0, def, flags, NULL }
#define LT_FIELD_OPTIONAL_TEXT_COLUMN(T, f, flags) \
  { #f, LT_FIELD_OPTIONAL_TEXT, G_STRUCT_OFFSET (T, f), NULL, 0, 0, NULL, flags, NULL }
#define LT_FIELD_BYTES_COLUMN(T, f, flags) \
  { #f, LT_FIELD_BYTES, G_STRUCT_OFFSET (T, f), NULL, 0, 0, NULL, flags, NULL }

struct _LtModelClass
{
  GObjectClass   parent_class;

  /*< private >*/
  const LtField *fields;      /* indexed by property id; [0] unused */
  guint          n_fields;    /* N_PROPS */
  GParamSpec   **pspecs;
};

void            lt_model_class_install      (LtModelClass  *klass,
                                             const LtField *fields,
                                             guint          n_fields);
const LtField  *lt_model_class_get_fields   (LtModelClass  *klass,
                                             guint         *n_fields);
const char     *lt_model_field_get_property (const LtField *field);

gpointer        lt_model_copy               (LtModel       *self);
gboolean        lt_model_equal              (LtModel       *a,
                                             LtModel       *b);

/* The generic halves of the accessors; @prop_id indexes the class's fields. */
gconstpointer   lt_model_peek               (LtModel       *self,
                                             guint          prop_id);
void            lt_model_set_value          (LtModel       *self,
                                             guint          prop_id,
                                             gconstpointer  value,
                                             gsize          size);
void            lt_model_set_text           (LtModel       *self,
                                             guint          prop_id,
                                             const char    *value);
void            lt_model_set_bytes          (LtModel       *self,
                                             guint          prop_id,
                                             GBytes        *value);

/* Accessors of a model: `lt_thing_get_x ()` / `lt_thing_set_x ()` from one
 * line, e.g. LT_MODEL_DEFINE_TEXT_ACCESSORS (LtContact, lt_contact, name, PROP_NAME).
 * Getters return (transfer none); a setter notifies only on a change. */
#define LT_MODEL_DEFINE_GETTER_(T, t, f, PROP, CType) \
  CType t##_get_##f (T *self) \
  { \
    g_return_val_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (self, t##_get_type ()), (CType) 0); \
    return *(CType const *) lt_model_peek ((LtModel *) self, PROP); \
  }
#define LT_MODEL_DEFINE_SCALAR_ACCESSORS_(T, t, f, PROP, CType, normalize) \
  LT_MODEL_DEFINE_GETTER_ (T, t, f, PROP, CType) \
  void t##_set_##f (T *self, CType f) \
  { \
    g_return_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (self, t##_get_type ())); \
    normalize; \
    lt_model_set_value ((LtModel *) self, PROP, &f, sizeof f); \
  }
#define LT_MODEL_DEFINE_POINTER_ACCESSORS_(T, t, f, PROP, CType, setter) \
  LT_MODEL_DEFINE_GETTER_ (T, t, f, PROP, CType) \
  void t##_set_##f (T *self, CType f) \
  { \
    g_return_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (self, t##_get_type ())); \
    setter ((LtModel *) self, PROP, f); \
  }

#define LT_MODEL_DEFINE_INT64_ACCESSORS(T, t, f, PROP) \
  LT_MODEL_DEFINE_SCALAR_ACCESSORS_ (T, t, f, PROP, gint64, (void) 0)
#define LT_MODEL_DEFINE_INT_ACCESSORS(T, t, f, PROP) \
  LT_MODEL_DEFINE_SCALAR_ACCESSORS_ (T, t, f, PROP, int, (void) 0)
#define LT_MODEL_DEFINE_BOOLEAN_ACCESSORS(T, t, f, PROP) \
  LT_MODEL_DEFINE_SCALAR_ACCESSORS_ (T, t, f, PROP, gboolean, f = !!f)
#define LT_MODEL_DEFINE_DOUBLE_ACCESSORS(T, t, f, PROP) \
  LT_MODEL_DEFINE_SCALAR_ACCESSORS_ (T, t, f, PROP, double, (void) 0)
#define LT_MODEL_DEFINE_ENUM_ACCESSORS(T, t, f, PROP, EnumType) \
  LT_MODEL_DEFINE_SCALAR_ACCESSORS_ (T, t, f, PROP, EnumType, (void) 0)
#define LT_MODEL_DEFINE_TEXT_ACCESSORS(T, t, f, PROP) \
  LT_MODEL_DEFINE_POINTER_ACCESSORS_ (T, t, f, PROP, const char *, lt_model_set_text)
#define LT_MODEL_DEFINE_BYTES_ACCESSORS(T, t, f, PROP) \
  LT_MODEL_DEFINE_POINTER_ACCESSORS_ (T, t, f, PROP, GBytes *, lt_model_set_bytes)

/* new () and copy () of a model */
#define LT_MODEL_DEFINE_NEW_AND_COPY(T, t, TYPE) \
  T *t##_new (void) \
  { \
    return g_object_new (TYPE, NULL); \
  } \
  T *t##_copy (T *self) \
  { \
    g_return_val_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (self, TYPE), NULL); \
    return lt_model_copy ((LtModel *) self); \
  }

G_END_DECLS
