/* lt-category.h: a catégorie of prestations in the catalogue */
#pragma once

#include <glib-object.h>

#include "lt-model.h"

#include "lt-enums.h"

G_BEGIN_DECLS

#define LT_TYPE_CATEGORY (lt_category_get_type ())

G_DECLARE_FINAL_TYPE (LtCategory, lt_category, LT, CATEGORY, LtModel)

/* Properties are the columns of the table "categories" (HACKING.md);
 */

LtCategory *lt_category_new          (void);
LtCategory *lt_category_copy         (LtCategory *self);
gint64      lt_category_get_id       (LtCategory *self);
void        lt_category_set_id       (LtCategory *self,
                                      gint64      id);
const char *lt_category_get_name     (LtCategory *self);
void        lt_category_set_name     (LtCategory *self,
                                      const char *name);
int         lt_category_get_position (LtCategory *self);
void        lt_category_set_position (LtCategory *self,
                                      int         position);
gint64      lt_category_get_revision (LtCategory *self);
void        lt_category_set_revision (LtCategory *self,
                                      gint64      revision);

G_END_DECLS
