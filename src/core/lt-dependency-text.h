/* lt-dependency-text.h: the « Dépend de » short text — "2, 3+2" */
#pragma once

#include "lt-step-graph.h"

G_BEGIN_DECLS

GArray *lt_dependency_text_parse  (LtStepGraph  *graph,
                                   guint         uid,
                                   const char   *text,
                                   GError      **error);
char   *lt_dependency_text_format (LtStepGraph  *graph,
                                   guint         uid);

G_END_DECLS
