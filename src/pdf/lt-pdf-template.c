/* lt-pdf-template.c: the wording of each document kind, expanded from template-glib templates */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-pdf-template"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <tmpl-glib.h>

#include "lt-date.h"
#include "lt-document-life.h"
#include "lt-error.h"
#include "lt-exercice.h"
#include "lt-mission.h"
#include "lt-money.h"
#include "lt-parties.h"
#include "lt-pdf-template.h"

/* template-glib reads GObject properties and does not escape. Each model
 * object is therefore copied with every string property escaped for Pango
 * markup, and lists are handed over as LtPdfItem rows (label, detail,
 * amount, who) built from already escaped text. */

#define LT_TYPE_PDF_ITEM (lt_pdf_item_get_type ())
G_DECLARE_FINAL_TYPE (LtPdfItem, lt_pdf_item, LT, PDF_ITEM, GObject)

struct _LtPdfItem {
  GObject  parent_instance;
  char    *label;
  char    *detail;
  char    *amount;
  char    *who;
};

G_DEFINE_FINAL_TYPE (LtPdfItem, lt_pdf_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LABEL,
  PROP_DETAIL,
  PROP_AMOUNT,
  PROP_WHO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* template-glib drops the line break that follows a control tag
 * ({{if}}, {{else}}, {{end}}, {{for}}). Letter templates are line-based, so
 * this locator doubles those breaks as it reads a template or an include:
 * what the author wrote on separate lines stays on separate lines. */
#define LT_TYPE_PDF_LOCATOR (lt_pdf_locator_get_type ())
G_DECLARE_FINAL_TYPE (LtPdfLocator, lt_pdf_locator, LT, PDF_LOCATOR, TmplTemplateLocator)

struct _LtPdfLocator {
  TmplTemplateLocator parent_instance;
};

G_DEFINE_FINAL_TYPE (LtPdfLocator, lt_pdf_locator, TMPL_TYPE_TEMPLATE_LOCATOR)

static GInputStream *
lt_pdf_locator_locate (TmplTemplateLocator  *locator,
                       const char           *path,
                       GError              **error)
{
  static GRegex *control_tag;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GOutputStream) memory = NULL;
  g_autofree char *text = NULL;
  char *fixed;

  stream = TMPL_TEMPLATE_LOCATOR_CLASS (lt_pdf_locator_parent_class)->locate (locator, path, error);
  if (stream == NULL)
    return NULL;

  memory = g_memory_output_stream_new_resizable ();
  if (g_output_stream_splice (memory, stream,
                              G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                              NULL, error) < 0)
    return NULL;
  text = g_strndup (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (memory)),
                    g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (memory)));

  if (g_once_init_enter (&control_tag))
    g_once_init_leave (&control_tag,
                       g_regex_new ("(\\{\\{\\s*(?:if|else|end|for)\\b[^}]*\\}\\})\\n",
                                    G_REGEX_OPTIMIZE, 0, NULL));
  fixed = g_regex_replace (control_tag, text, -1, 0, "\\1\n\n", 0, error);
  if (fixed == NULL)
    return NULL;

  return g_memory_input_stream_new_from_data (fixed, -1, g_free);
}

static void
lt_pdf_locator_class_init (LtPdfLocatorClass *klass)
{
  TMPL_TEMPLATE_LOCATOR_CLASS (klass)->locate = lt_pdf_locator_locate;
}

static void
lt_pdf_locator_init (LtPdfLocator *self)
{
}

static void
lt_pdf_item_finalize (GObject *object)
{
  LtPdfItem *self = LT_PDF_ITEM (object);

  g_free (self->label);
  g_free (self->detail);
  g_free (self->amount);
  g_free (self->who);

  G_OBJECT_CLASS (lt_pdf_item_parent_class)->finalize (object);
}

static void
lt_pdf_item_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  LtPdfItem *self = LT_PDF_ITEM (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_DETAIL:
      g_value_set_string (value, self->detail);
      break;
    case PROP_AMOUNT:
      g_value_set_string (value, self->amount);
      break;
    case PROP_WHO:
      g_value_set_string (value, self->who);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_pdf_item_class_init (LtPdfItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lt_pdf_item_finalize;
  object_class->get_property = lt_pdf_item_get_property;

  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, "",
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DETAIL] = g_param_spec_string ("detail", NULL, NULL, "",
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_AMOUNT] = g_param_spec_string ("amount", NULL, NULL, "",
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_WHO] = g_param_spec_string ("who", NULL, NULL, "",
                                              G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lt_pdf_item_init (LtPdfItem *self)
{
}

/* Escaped for Pango markup, on one line: a line break typed in a field
 * (an address on two lines) must not start a new construct of the letter,
 * nor may a value that a template puts first on a line (« # 1 Conseil »,
 * « - Dupont », « @home ») read as a heading, a bullet or an instruction:
 * its first character is written as a character reference. */
static char *
escape (const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text ? text : "", -1);
  g_auto(GStrv) lines = g_strsplit_set (escaped, "\r\n", -1);
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  g_autofree char *joined = NULL;

  for (guint i = 0; lines[i] != NULL; i++)
    if (*g_strstrip (lines[i]) != '\0')
      g_ptr_array_add (kept, lines[i]);
  g_ptr_array_add (kept, NULL);

  joined = g_strjoinv (", ", (char **) kept->pdata);
  if (strchr ("#-|@%", joined[0]) != NULL && joined[0] != '\0')
    return g_strdup_printf ("&#%d;%s", joined[0], joined + 1);

  return g_steal_pointer (&joined);
}

/* Takes plain text, escapes it. */
static LtPdfItem *
item_new (const char *label,
          const char *detail,
          const char *amount,
          const char *who)
{
  LtPdfItem *item = g_object_new (LT_TYPE_PDF_ITEM, NULL);

  item->label = escape (label);
  item->detail = escape (detail);
  item->amount = escape (amount);
  item->who = escape (who);

  return item;
}

/* A copy of @object (or of a new empty one of @type) whose string
 * properties are escaped for Pango markup. */
static GObject *
escaped_copy (GType    type,
              GObject *object)
{
  g_autofree GParamSpec **pspecs = NULL;
  GObject *copy = g_object_new (type, NULL);
  guint n_pspecs;

  if (object == NULL)
    return copy;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      GParamSpec *pspec = pspecs[i];
      g_auto(GValue) value = G_VALUE_INIT;

      if ((pspec->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE ||
          (pspec->flags & G_PARAM_CONSTRUCT_ONLY) != 0)
        continue;

      g_value_init (&value, pspec->value_type);
      g_object_get_property (object, pspec->name, &value);
      if (G_VALUE_HOLDS_STRING (&value) && g_value_get_string (&value) != NULL)
        g_value_take_string (&value, escape (g_value_get_string (&value)));
      g_object_set_property (copy, pspec->name, &value);
    }

  return copy;
}

const char *
lt_pdf_template_name (LtDocumentKind kind)
{
  switch (kind)
    {
    case LT_DOCUMENT_KIND_OFFRE_DE_SERVICE:               return "offre-de-service.tmpl";
    case LT_DOCUMENT_KIND_LETTRE_DE_MISSION:              return "lettre-de-mission.tmpl";
    case LT_DOCUMENT_KIND_AVENANT:                        return "avenant.tmpl";
    case LT_DOCUMENT_KIND_LETTRE_DE_MISSION_SUBSTITUTIVE: return "lettre-de-mission-substitutive.tmpl";
    case LT_DOCUMENT_KIND_BON_D_INTERVENTION:             return "bon-d-intervention.tmpl";
    default:                                              g_return_val_if_reached (NULL);
    }
}

static char *
fiscal_year_end_words (const char *mm_dd)
{
  guint month, day;

  if (!lt_date_parse_month_day (mm_dd, &month, &day))
    return g_strdup ("31 décembre");

  if (day == 1)
    return g_strdup_printf ("1er %s", lt_date_month_french (month));
  return g_strdup_printf ("%u %s", day, lt_date_month_french (month));
}

/* « Nom, adresse, site internet : https://… » (C. consom. R616-1), a
 * bracketed blank for what is missing (the checker refuses to send a
 * consumer's letter without the name and the website). */
static char *
mediator_words (LtFirm *firm)
{
  const char *name = lt_firm_get_mediator_name (firm);
  const char *address = lt_firm_get_mediator_address (firm);
  const char *website = lt_firm_get_mediator_website (firm);
  GString *out = g_string_new (NULL);

  g_string_append (out, name != NULL && *name != '\0' ? name : "[médiateur de la consommation à désigner]");
  if (address != NULL && *address != '\0')
    g_string_append_printf (out, ", %s", address);
  g_string_append_printf (out, ", site internet : %s",
                          website != NULL && *website != '\0' ? website : "[site internet du médiateur à compléter]");

  return g_string_free (out, FALSE);
}

static gboolean
is_blank_text (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text ? text : ""));

  return copy[0] == '\0';
}

static void
set_text (TmplScope  *scope,
          const char *name,
          const char *plain)
{
  g_autofree char *escaped = escape (plain);

  tmpl_scope_set_string (scope, name, escaped);
}

static void
take_text (TmplScope  *scope,
           const char *name,
           char       *plain)
{
  set_text (scope, name, plain);
  g_free (plain);
}

/* A mandatory value still missing shows as a bracketed blank to fill in
 * (the checker refuses to send such a letter anyway). */
static void
take_required (TmplScope  *scope,
               const char *name,
               char       *plain,
               const char *blank)
{
  const char *text = plain;

  if (text == NULL || *g_strstrip (plain) == '\0')
    text = blank;
  set_text (scope, name, text);
  g_free (plain);
}

static void
set_copy (TmplScope *scope,
          const char *name,
          GType       type,
          gpointer    object)
{
  g_autoptr(GObject) copy = escaped_copy (type, object);

  tmpl_scope_set_object (scope, name, copy);
}

static void
fill_scope (TmplScope               *scope,
            const LtDocumentContent *content)
{
  g_autoptr(GListStore) lines = g_list_store_new (LT_TYPE_PDF_ITEM);
  g_autoptr(GListStore) replaced = g_list_store_new (LT_TYPE_PDF_ITEM);
  g_autoptr(GListStore) cabinet = g_list_store_new (LT_TYPE_PDF_ITEM);
  g_autoptr(GListStore) client = g_list_store_new (LT_TYPE_PDF_ITEM);
  LtAffaire *affaire = content->affaire;
  LtFirm *firm = content->firm;
  gint64 ht, tva, ttc, yearly;
  LtHonoraires honoraires;
  g_autofree char *created_day = NULL;
  g_autofree char *today = lt_date_today ();
  const char *signatory_name;
  g_autofree char *signatory_role = NULL;
  g_autofree char *attention_de = NULL;
  const char *director_quality;

  set_copy (scope, "firm", LT_TYPE_FIRM, firm);
  set_copy (scope, "affaire", LT_TYPE_AFFAIRE, affaire);
  set_copy (scope, "document", LT_TYPE_DOCUMENT, content->document);
  set_copy (scope, "terms", LT_TYPE_TERMS, content->terms);
  set_copy (scope, "signatory", LT_TYPE_CONTACT, content->signatory);
  set_copy (scope, "intervenant", LT_TYPE_STAFF, content->intervenant);
  set_copy (scope, "parent", LT_TYPE_DOCUMENT, content->parent);

  /* the day it is sent; a draft, the day it would be sent: today */
  created_day = lt_document_letter_date (content->document, today);
  take_text (scope, "date", lt_pdf_format_date (created_day));
  take_text (scope, "signed_date", lt_pdf_format_date (lt_document_get_signed_on (content->document)));
  tmpl_scope_set_boolean (scope, "is_draft", lt_document_content_is_draft (content));
  set_text (scope, "place", lt_firm_get_city (firm));
  take_required (scope, "rcs", lt_pdf_firm_rcs_words (firm), "[RCS à compléter]");
  take_required (scope, "ordre", lt_pdf_firm_ordre_words (firm), "[inscription à l’Ordre à compléter]");
  take_required (scope, "insurance", lt_pdf_firm_insurance_words (firm), "[assureur et contrat à compléter]");
  take_required (scope, "firm_signatory", g_strdup (lt_firm_get_signatory_name (firm)), "[expert-comptable signataire à désigner]");
  /* a consumer (a natural person) may have no SIREN: then none is printed */
  if (lt_affaire_get_consumer (affaire) && lt_affaire_get_siren (affaire) == NULL)
    set_text (scope, "client_siren", "");
  else
    take_required (scope, "client_siren", g_strdup (lt_affaire_get_siren (affaire)), "[SIREN à compléter]");
  /* a consumer reads prices TTC first (C. consom. L112-1) */
  set_text (scope, "honoraires_column", lt_affaire_get_consumer (affaire) ? "Honoraires TTC" : "Honoraires HT");
  take_text (scope, "mediator", mediator_words (firm));
  set_text (scope, "kind_label", lt_pdf_kind_words (lt_document_get_kind (content->document)));
  /* the number given when it was sent (LM-2026-0001); a draft has none */
  set_text (scope, "reference", lt_document_get_number (content->document) != NULL
                                ? lt_document_get_number (content->document)
                                : lt_document_content_is_draft (content) ? "PROJET — numéro attribué à l’envoi" : "");
  take_text (scope, "fiscal_year_end", fiscal_year_end_words (lt_affaire_get_fiscal_year_end (affaire)));
  /* a first or long exercice: its dates and length, not « douze mois » */
  {
    char *length = lt_exercice_length_words (lt_affaire_get_exercice_start (affaire),
                                             lt_affaire_get_exercice_end (affaire));

    tmpl_scope_set_boolean (scope, "has_exercice", length != NULL);
    take_text (scope, "exercice_start", lt_pdf_format_date (lt_affaire_get_exercice_start (affaire)));
    take_text (scope, "exercice_end", lt_pdf_format_date (lt_affaire_get_exercice_end (affaire)));
    take_text (scope, "exercice_length", length);
  }
  /* the vigilance level is the cabinet's record, never told to the client:
   * no variable for it, so no template can print it */
  take_text (scope, "lcbft_date", lt_pdf_format_date (lt_affaire_get_lcbft_identified_on (affaire)));
  tmpl_scope_set_boolean (scope, "lcbft_done", lt_affaire_get_lcbft_identified_on (affaire) != NULL);
  set_text (scope, "lcbft_by", content->lcbft_staff ? lt_staff_get_name (content->lcbft_staff) : "");

  /* Who signs for the client, in the quality he has: the contact's own role,
   * or, for the dirigeant, the title its forme juridique gives (never a
   * blanket « représentant légal »); the dirigeant named apart only when
   * someone else signs. */
  director_quality = lt_parties_director_quality (lt_affaire_get_legal_form (affaire));
  if (content->signatory != NULL)
    {
      signatory_name = lt_contact_get_name (content->signatory);
      signatory_role = lt_parties_quality (lt_contact_get_role (content->signatory));
      if (*signatory_role == '\0' && director_quality != NULL &&
          lt_parties_same_person (signatory_name, lt_affaire_get_director (affaire)))
        {
          g_free (signatory_role);
          signatory_role = g_strdup (director_quality);
        }
    }
  else
    {
      signatory_name = lt_affaire_get_director (affaire);
      signatory_role = g_strdup (director_quality != NULL ? director_quality : "dirigeant");
    }
  tmpl_scope_set_boolean (scope, "has_signatory", signatory_name != NULL && *signatory_name != '\0');
  take_required (scope, "signatory_name", g_strdup (signatory_name), "[signataire à désigner]");
  set_text (scope, "signatory_role", signatory_role);
  /* « À l’attention d’Élise Lenoir, gérante » */
  attention_de = lt_parties_with_de (signatory_name);
  if (*signatory_role != '\0')
    take_text (scope, "attention", g_strdup_printf ("%s, %s", attention_de, signatory_role));
  else
    set_text (scope, "attention", attention_de);
  tmpl_scope_set_boolean (scope, "show_director",
                          !is_blank_text (lt_affaire_get_director (affaire)) &&
                          !lt_parties_same_person (signatory_name, lt_affaire_get_director (affaire)));
  set_text (scope, "director_quality", director_quality != NULL ? director_quality : "");

  tmpl_scope_set_boolean (scope, "has_intervenant", content->intervenant != NULL);
  tmpl_scope_set_boolean (scope, "has_terms", content->terms != NULL);
  /* "version" is a keyword of template-glib: terms.version cannot be read */
  set_text (scope, "terms_version", content->terms ? lt_terms_get_version (content->terms) : "");
  take_text (scope, "terms_date", lt_pdf_format_date (content->terms ? lt_terms_get_effective_on (content->terms) : NULL));

  tmpl_scope_set_boolean (scope, "has_parent", content->parent != NULL);
  if (content->parent != NULL)
    {
      const char *on = lt_document_get_signed_on (content->parent);
      g_autofree char *parent_day = g_strndup (on ? on : lt_document_get_created_at (content->parent), 10);

      take_text (scope, "parent_date", lt_pdf_format_date (parent_day));
      /* in the middle of a sentence: « modifie la lettre de mission du … » */
      take_text (scope, "parent_kind", g_utf8_strdown (lt_pdf_kind_words (lt_document_get_kind (content->parent)), -1));
    }
  else
    {
      set_text (scope, "parent_date", "");
      set_text (scope, "parent_kind", "");
    }

  lt_document_content_get_totals (content, &ht, &tva, &ttc, &yearly);
  take_text (scope, "total_ht", lt_pdf_format_money (ht));
  take_text (scope, "total_tva", lt_pdf_format_money (tva));
  take_text (scope, "total_ttc", lt_pdf_format_money (ttc));
  take_text (scope, "yearly_total", lt_pdf_format_money (yearly));
  tmpl_scope_set_boolean (scope, "has_recurring", yearly > 0);
  lt_honoraires_compute (content->lines, &honoraires);
  take_text (scope, "recurring_ttc", lt_pdf_format_money (honoraires.recurring.ttc));
  take_text (scope, "one_off_total", lt_pdf_format_money (honoraires.one_off.ht));
  take_text (scope, "one_off_ttc", lt_pdf_format_money (honoraires.one_off.ttc));
  tmpl_scope_set_boolean (scope, "has_one_off", honoraires.n_lines[LT_RECURRENCE_NONE] > 0);
  tmpl_scope_set_double (scope, "n_lines", content->lines->len);

  for (guint i = 0; i < content->lines->len; i++)
    {
      LtDocumentLine *line = g_ptr_array_index (content->lines, i);
      g_autofree char *amount = lt_pdf_format_money (lt_document_line_get_price_cents (line));
      g_autoptr(LtPdfItem) item = item_new (lt_document_line_get_label (line),
                                            lt_pdf_recurrence_words (lt_document_line_get_recurrence (line)),
                                            amount, "");

      g_list_store_append (lines, item);
    }

  for (guint i = 0; i < content->replaced->len; i++)
    {
      LtDocument *document = g_ptr_array_index (content->replaced, i);
      const char *on = lt_document_get_signed_on (document);
      g_autofree char *day = g_strndup (on ? on : lt_document_get_created_at (document), 10);
      g_autofree char *date = lt_pdf_format_date (day);
      g_autoptr(LtPdfItem) item = item_new (lt_pdf_kind_words (lt_document_get_kind (document)),
                                            lt_document_get_title (document), date, "");

      g_list_store_append (replaced, item);
    }

  for (guint i = 0; i < content->obligations->len; i++)
    {
      LtObligation *obligation = g_ptr_array_index (content->obligations, i);
      g_autofree char *delay = obligation->delay_days >= 0
                               ? g_strdup_printf ("%d\u00a0jours", obligation->delay_days) : g_strdup ("");
      gboolean is_task = obligation->kind == LT_STEP_KIND_TASK;
      /* the client's column in the client's words (« Transmettre les statuts ») */
      g_autoptr(LtPdfItem) item = item_new (is_task ? obligation->title : obligation->client_title,
                                            obligation->prestation, delay,
                                            is_task ? "Le cabinet" : "Le client");

      g_list_store_append (is_task ? cabinet : client, item);
    }

  /* the norm of each mission (issue 12): one bullet per kind of mission */
  {
    g_autoptr(GListStore) missions = g_list_store_new (LT_TYPE_PDF_ITEM);
    g_autoptr(GPtrArray) groups = lt_document_content_group_missions (content);
    gboolean has_assurance = FALSE, has_presentation = FALSE;

    for (guint i = 0; i < groups->len; i++)
      {
        LtMissionLines *group = g_ptr_array_index (groups, i);
        g_autoptr(LtPdfItem) item = item_new (lt_mission_words (group->mission), group->labels, "", "");

        has_assurance |= lt_mission_norm (group->mission) != NULL;
        has_presentation |= group->mission == LT_MISSION_PRESENTATION;
        g_list_store_append (missions, item);
      }
    /* one kind of mission: one sentence, not the list of every line */
    set_text (scope, "single_mission", groups->len == 1
              ? lt_mission_words (((LtMissionLines *) g_ptr_array_index (groups, 0))->mission) : "");
    if (groups->len == 1)
      g_list_store_remove_all (missions);
    tmpl_scope_set_object (scope, "missions", missions);
    tmpl_scope_set_boolean (scope, "has_assurance", has_assurance);
    tmpl_scope_set_boolean (scope, "has_presentation", has_presentation);
  }

  tmpl_scope_set_object (scope, "lines", lines);
  tmpl_scope_set_object (scope, "replaced", replaced);
  tmpl_scope_set_object (scope, "cabinet_steps", cabinet);
  tmpl_scope_set_object (scope, "client_steps", client);
  tmpl_scope_set_boolean (scope, "has_obligations", content->obligations->len > 0);

  /* A renewal's substitutive says it revalues the honoraires. */
  {
    gint64 delta = content->renewal_coefficient_ppm - 1000000;

    tmpl_scope_set_boolean (scope, "is_renewal", content->renewal_coefficient_ppm > 0);
    tmpl_scope_set_boolean (scope, "renewal_increase", delta >= 0);
    take_text (scope, "renewal_percent", lt_coefficient_format ((delta < 0 ? -delta : delta) * 100));
    take_text (scope, "renewal_coefficient", lt_coefficient_format (content->renewal_coefficient_ppm));
    take_text (scope, "renewal_date", lt_pdf_format_date (content->renewal_effective_on));
  }
}

/* Parsed templates are kept. template-glib 3.36 leaks a little memory in
 * every parse (its lexer's unget list, the end-of-file token, include
 * paths, the EOF error of its input stream) and a reference to the locator
 * it parsed with: parsing once per template, not once per render, keeps
 * that to a fixed few kilobytes for the life of the process. A template is
 * parsed again when the user's templates folder changes (a file added,
 * removed or rewritten). Renders run in worker threads: the cache and the
 * expansion are serialised. */
typedef struct {
  char         *fingerprint;
  TmplTemplate *template;
} CachedTemplate;

static GMutex template_lock;
static GHashTable *template_cache;   /* name → CachedTemplate */
static TmplTemplateLocator *template_locator;

static void
cached_template_free (gpointer data)
{
  CachedTemplate *cached = data;

  g_free (cached->fingerprint);
  g_clear_object (&cached->template);
  g_free (cached);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* Names, sizes and modification times of the files of @dir. */
static char *
folder_fingerprint (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_free);
  GString *out = g_string_new (NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      GStatBuf st;

      if (g_stat (path, &st) == 0)
        g_ptr_array_add (entries, g_strdup_printf ("%s:%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT ".%09ld;",
                                                   name, (gint64) st.st_size,
                                                   (gint64) st.st_mtim.tv_sec, (long) st.st_mtim.tv_nsec));
    }
  g_ptr_array_sort (entries, compare_strings);
  for (guint i = 0; i < entries->len; i++)
    g_string_append (out, g_ptr_array_index (entries, i));

  return g_string_free (out, FALSE);
}

/* The parsed template @name, from the cache or parsed now; called with
 * template_lock held. */
static TmplTemplate *
lookup_template (const char  *name,
                 const char  *user_dir,
                 GError     **error)
{
  g_autoptr(TmplTemplate) template = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *fingerprint = folder_fingerprint (user_dir);
  CachedTemplate *cached;

  if (template_cache == NULL)
    {
      template_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, cached_template_free);
      template_locator = g_object_new (LT_TYPE_PDF_LOCATOR, NULL);
      tmpl_template_locator_append_search_path (template_locator, user_dir);
      tmpl_template_locator_append_search_path (template_locator, "resource://" RESOURCE_PREFIX "/templates");
    }

  cached = g_hash_table_lookup (template_cache, name);
  if (cached != NULL && g_str_equal (cached->fingerprint, fingerprint))
    return g_object_ref (cached->template);

  stream = tmpl_template_locator_locate (template_locator, name, &local_error);
  if (stream == NULL)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_RENDER,
                   _("The letter template « %s » cannot be found (%s): reinstall Lettrine or restore the file."),
                   name, local_error->message);
      return NULL;
    }

  template = tmpl_template_new (template_locator);
  if (!tmpl_template_parse (template, stream, NULL, &local_error))
    {
      g_set_error (error, LT_ERROR, LT_ERROR_RENDER,
                   _("The letter template « %s » is invalid (%s): correct it or remove your copy from %s."),
                   name, local_error->message, user_dir);
      return NULL;
    }

  cached = g_new0 (CachedTemplate, 1);
  cached->fingerprint = g_steal_pointer (&fingerprint);
  cached->template = g_object_ref (template);
  g_hash_table_replace (template_cache, g_strdup (name), cached);

  return g_steal_pointer (&template);
}

char *
lt_pdf_template_expand (const LtDocumentContent  *content,
                        GError                  **error)
{
  g_autoptr(TmplTemplate) template = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *user_dir = NULL;
  TmplScope *scope;
  const char *name;
  char *text;

  g_return_val_if_fail (content != NULL, NULL);
  g_return_val_if_fail (LT_IS_DOCUMENT (content->document), NULL);
  g_return_val_if_fail (LT_IS_AFFAIRE (content->affaire), NULL);
  g_return_val_if_fail (LT_IS_FIRM (content->firm), NULL);

  name = lt_pdf_template_name (lt_document_get_kind (content->document));
  user_dir = g_build_filename (g_get_user_data_dir (), "lettrine", "templates", NULL);

  g_mutex_lock (&template_lock);
  template = lookup_template (name, user_dir, error);
  if (template == NULL)
    {
      g_mutex_unlock (&template_lock);
      return NULL;
    }

  scope = tmpl_scope_new ();
  fill_scope (scope, content);
  text = tmpl_template_expand_string (template, scope, &local_error);
  tmpl_scope_unref (scope);
  g_mutex_unlock (&template_lock);

  if (text == NULL)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_RENDER,
                   _("The letter template « %s » could not be filled in (%s): correct it or remove your copy from %s."),
                   name, local_error->message, user_dir);
      return NULL;
    }

  return text;
}
