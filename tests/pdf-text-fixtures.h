/* pdf-text-fixtures.h: PDFs rendered by src/pdf and read back with Poppler, for the tests */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lettrine-core.h"
#include "lt-document-content.h"

G_BEGIN_DECLS

GBytes *pdf_fixture_render       (const LtDocumentContent  *content,
                                  gpointer                  user_data,
                                  GError                  **error);
char   *pdf_fixture_text         (GBytes                   *bytes);
char   *pdf_fixture_content_text (const LtDocumentContent  *content);

G_END_DECLS
