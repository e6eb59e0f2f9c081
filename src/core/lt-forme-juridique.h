/* lt-forme-juridique.h: the usual French legal forms of a company */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  const char *code;   /* stored in affaires.legal_form: « SARL », « SAS »… */
  const char *label;  /* full name, untranslated French (a legal term) */
} LtFormeJuridique;

const LtFormeJuridique *lt_forme_juridique_list   (guint      *n_formes);
const LtFormeJuridique *lt_forme_juridique_lookup (const char *code);
int                     lt_forme_juridique_index  (const char *code);

G_END_DECLS
