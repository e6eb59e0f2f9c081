/* test-models.c: the models of src/core — properties, defaults, notify, helpers */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "lettrine-core.h"

static GType
all_types (guint i)
{
  GType types[] = {
    LT_TYPE_FIRM, LT_TYPE_STAFF, LT_TYPE_AFFAIRE, LT_TYPE_CONTACT,
    LT_TYPE_CATEGORY, LT_TYPE_PRESTATION, LT_TYPE_STEP, LT_TYPE_STEP_LINK,
    LT_TYPE_PROJECT, LT_TYPE_ASSIGNMENT, LT_TYPE_TASK, LT_TYPE_DOCUMENT,
    LT_TYPE_DOCUMENT_LINE, LT_TYPE_TERMS,
  };

  return i < G_N_ELEMENTS (types) ? types[i] : G_TYPE_INVALID;
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

/* The columns of the schema, with '_' written '-', must all be properties. */
static const char *columns[][20] = {
  { "LtFirm", "id", "name", "legal-form", "address", "postal-code", "city", "phone", "email",
    "siren", "rcs", "ordre", "vat-number", "insurance", "signatory-name", "revision", NULL },
  { "LtStaff", "id", "name", "email", "weekly-hours", "active", "revision", NULL },
  { "LtAffaire", "id", "state", "name", "siren", "legal-form", "address", "postal-code", "city",
    "activity", "fiscal-year-end", "director", "lcbft-identified-on", "lcbft-identified-by",
    "beneficial-owner", "vigilance", "created-at", "revision", NULL },
  { "LtContact", "id", "affaire-id", "name", "role", "email", "phone", "is-signatory", "revision", NULL },
  { "LtCategory", "id", "name", "position", "revision", NULL },
  { "LtPrestation", "id", "family-id", "version", "is-current", "category-id", "name", "description",
    "price-cents", "deliverable", "recurrence", "archived", "revision", "category-name", NULL },
  { "LtStep", "id", "prestation-id", "kind", "title", "description", "delay-days", "position", "x", "y",
    "revision", NULL },
  { "LtStepLink", "id", "from-step-id", "to-step-id", "lag-days", "revision", NULL },
  { "LtProject", "id", "affaire-id", "name", "start-date", "end-date", "staff-id", "generated",
    "created-at", "revision", NULL },
  { "LtAssignment", "id", "project-id", "prestation-id", "start-date", "end-date", "price-cents",
    "revision", NULL },
  { "LtTask", "id", "affaire-id", "project-id", "assignment-id", "step-id", "kind", "title", "period",
    "staff-id", "delay-days", "start-date", "due-date", "done-on", "sent-on", "answered-on", "revision",
    NULL },
  { "LtDocument", "id", "affaire-id", "kind", "state", "title", "terms-id", "parent-id", "replaced-by-id",
    "created-at", "sent-on", "signed-on", "refused-on", "pdf", "pdf-sha256", "revision", "affaire-name",
    NULL },
  { "LtDocumentLine", "id", "document-id", "position", "prestation-id", "label", "price-cents",
    "recurrence", "revision", NULL },
  { "LtTerms", "id", "version", "effective-on", "body", "created-at", "revision", NULL },
};

static void
test_models_columns (void)
{
  for (guint i = 0; all_types (i) != G_TYPE_INVALID; i++)
    {
      GType type = all_types (i);
      g_autoptr(GTypeClass) klass = g_type_class_ref (type);

      g_assert_cmpstr (g_type_name (type), ==, columns[i][0]);
      for (guint j = 1; columns[i][j] != NULL; j++)
        {
          GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), columns[i][j]);

          if (pspec == NULL)
            g_error ("%s has no property %s", columns[i][0], columns[i][j]);
          g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);
          g_assert_true (pspec->flags & G_PARAM_READWRITE);
        }
      g_assert_null (g_object_class_find_property (G_OBJECT_CLASS (klass), "search-key"));
    }
}

/* Every property: set a new value → one notify and read back; the same value
 * again → no notify. */
static void
test_models_notify_once (void)
{
  for (guint i = 0; all_types (i) != G_TYPE_INVALID; i++)
    {
      g_autoptr(GObject) object = g_object_new (all_types (i), NULL);
      g_autofree GParamSpec **pspecs = NULL;
      guint n_pspecs;

      pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_pspecs);
      for (guint j = 0; j < n_pspecs; j++)
        {
          GParamSpec *pspec = pspecs[j];
          g_auto(GValue) value = G_VALUE_INIT;
          g_auto(GValue) back = G_VALUE_INIT;
          g_autofree char *signal = g_strconcat ("notify::", pspec->name, NULL);
          guint count = 0;
          gulong handler;

          g_value_init (&value, pspec->value_type);
          g_value_init (&back, pspec->value_type);
          if (pspec->value_type == G_TYPE_INT64)
            g_value_set_int64 (&value, 4242);
          else if (pspec->value_type == G_TYPE_INT)
            g_value_set_int (&value, 42);
          else if (pspec->value_type == G_TYPE_BOOLEAN)
            g_value_set_boolean (&value, !G_PARAM_SPEC_BOOLEAN (pspec)->default_value);
          else if (pspec->value_type == G_TYPE_DOUBLE)
            g_value_set_double (&value, 12.5);
          else if (pspec->value_type == G_TYPE_STRING)
            g_value_set_string (&value, "2027-03-31");
          else if (pspec->value_type == G_TYPE_BYTES)
            g_value_take_boxed (&value, g_bytes_new_static ("%PDF", 4));
          else if (G_TYPE_IS_ENUM (pspec->value_type))
            {
              GEnumClass *eclass = G_PARAM_SPEC_ENUM (pspec)->enum_class;
              g_value_set_enum (&value, eclass->values[eclass->n_values - 1].value);
              g_assert_cmpint (eclass->values[eclass->n_values - 1].value, !=,
                               G_PARAM_SPEC_ENUM (pspec)->default_value);
            }
          else
            g_assert_not_reached ();

          handler = g_signal_connect (object, signal, G_CALLBACK (count_notify), &count);
          g_object_set_property (object, pspec->name, &value);
          g_assert_cmpuint (count, ==, 1);
          g_object_get_property (object, pspec->name, &back);
          g_assert_true (g_param_values_cmp (pspec, &value, &back) == 0 ||
                         (pspec->value_type == G_TYPE_BYTES &&
                          g_bytes_equal (g_value_get_boxed (&value), g_value_get_boxed (&back))));

          g_object_set_property (object, pspec->name, &value);
          g_assert_cmpuint (count, ==, 1);
          g_signal_handler_disconnect (object, handler);
        }
    }
}

/* A copy has every value, and editing it leaves the original alone. */
static void
test_models_copy (void)
{
  typedef GObject *(*CopyFunc) (gpointer);
  CopyFunc copies[] = {
    (CopyFunc) lt_firm_copy, (CopyFunc) lt_staff_copy, (CopyFunc) lt_affaire_copy,
    (CopyFunc) lt_contact_copy, (CopyFunc) lt_category_copy, (CopyFunc) lt_prestation_copy,
    (CopyFunc) lt_step_copy, (CopyFunc) lt_step_link_copy, (CopyFunc) lt_project_copy,
    (CopyFunc) lt_assignment_copy, (CopyFunc) lt_task_copy, (CopyFunc) lt_document_copy,
    (CopyFunc) lt_document_line_copy, (CopyFunc) lt_terms_copy,
  };

  for (guint i = 0; all_types (i) != G_TYPE_INVALID; i++)
    {
      g_autoptr(GObject) object = g_object_new (all_types (i), NULL);
      g_autoptr(GObject) copy = NULL;
      g_autofree GParamSpec **pspecs = NULL;
      guint n_pspecs;

      pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_pspecs);
      /* distinct values everywhere */
      for (guint j = 0; j < n_pspecs; j++)
        {
          GType type = pspecs[j]->value_type;

          if (type == G_TYPE_INT64)
            g_object_set (object, pspecs[j]->name, (gint64) (1000 + j), NULL);
          else if (type == G_TYPE_INT)
            g_object_set (object, pspecs[j]->name, (int) (100 + j), NULL);
          else if (type == G_TYPE_BOOLEAN)
            g_object_set (object, pspecs[j]->name, !G_PARAM_SPEC_BOOLEAN (pspecs[j])->default_value, NULL);
          else if (type == G_TYPE_DOUBLE)
            g_object_set (object, pspecs[j]->name, 0.5 + j, NULL);
          else if (type == G_TYPE_STRING)
            {
              g_autofree char *text = g_strdup_printf ("« %s » n°%u", pspecs[j]->name, j);
              g_object_set (object, pspecs[j]->name, text, NULL);
            }
          else if (type == G_TYPE_BYTES)
            {
              g_autoptr(GBytes) bytes = g_bytes_new ("%PDF-1.5\n", 9);
              g_object_set (object, pspecs[j]->name, bytes, NULL);
            }
          else if (G_TYPE_IS_ENUM (type))
            {
              GEnumClass *eclass = G_PARAM_SPEC_ENUM (pspecs[j])->enum_class;
              g_object_set (object, pspecs[j]->name, eclass->values[eclass->n_values - 1].value, NULL);
            }
        }

      copy = copies[i] (object);
      g_assert_true (G_OBJECT_TYPE (copy) == all_types (i));
      g_assert_true (copy != object);
      for (guint j = 0; j < n_pspecs; j++)
        {
          g_auto(GValue) a = G_VALUE_INIT;
          g_auto(GValue) b = G_VALUE_INIT;

          g_value_init (&a, pspecs[j]->value_type);
          g_value_init (&b, pspecs[j]->value_type);
          g_object_get_property (object, pspecs[j]->name, &a);
          g_object_get_property (copy, pspecs[j]->name, &b);
          if (pspecs[j]->value_type == G_TYPE_BYTES)
            g_assert_true (g_bytes_equal (g_value_get_boxed (&a), g_value_get_boxed (&b)));
          else
            g_assert_cmpint (g_param_values_cmp (pspecs[j], &a, &b), ==, 0);
        }
    }

  {
    g_autoptr(LtAffaire) affaire = lt_affaire_new ();
    g_autoptr(LtAffaire) copy = NULL;

    lt_affaire_set_name (affaire, "Boulangerie Martin");
    copy = lt_affaire_copy (affaire);
    lt_affaire_set_name (copy, "Boulangerie Martin & Fils");
    g_assert_cmpstr (lt_affaire_get_name (affaire), ==, "Boulangerie Martin");
    g_assert_finalize_object (g_steal_pointer (&copy));
  }
}

static void
test_models_defaults (void)
{
  g_autoptr(LtAffaire) affaire = lt_affaire_new ();
  g_autoptr(LtPrestation) prestation = lt_prestation_new ();
  g_autoptr(LtStep) step = lt_step_new ();
  g_autoptr(LtTask) task = lt_task_new ();
  g_autoptr(LtStaff) staff = lt_staff_new ();
  g_autoptr(LtDocument) document = lt_document_new ();
  g_autoptr(LtDocumentLine) line = lt_document_line_new ();

  g_assert_cmpint (lt_affaire_get_id (affaire), ==, 0);
  g_assert_cmpint (lt_affaire_get_revision (affaire), ==, 0);
  g_assert_cmpint (lt_affaire_get_state (affaire), ==, LT_AFFAIRE_STATE_PROSPECT);
  g_assert_cmpint (lt_affaire_get_vigilance (affaire), ==, LT_VIGILANCE_NOT_ASSESSED);
  g_assert_cmpstr (lt_affaire_get_name (affaire), ==, "");
  g_assert_null (lt_affaire_get_siren (affaire));
  g_assert_cmpstr (lt_affaire_get_fiscal_year_end (affaire), ==, "12-31");
  g_assert_null (lt_affaire_get_lcbft_identified_on (affaire));

  g_assert_cmpint (lt_prestation_get_price_cents (prestation), ==, -1);
  g_assert_false (lt_prestation_has_price (prestation));
  g_assert_cmpint (lt_prestation_get_version (prestation), ==, 1);
  g_assert_true (lt_prestation_get_is_current (prestation));
  g_assert_cmpint (lt_prestation_get_recurrence (prestation), ==, LT_RECURRENCE_NONE);
  lt_prestation_set_price_cents (prestation, 0);
  g_assert_true (lt_prestation_has_price (prestation));

  g_assert_cmpint (lt_step_get_delay_days (step), ==, -1);
  g_assert_false (lt_step_has_delay (step));
  g_assert_cmpint (lt_step_get_kind (step), ==, LT_STEP_KIND_TASK);
  g_assert_cmpint (lt_task_get_delay_days (task), ==, -1);
  g_assert_cmpint (lt_task_get_status (task), ==, LT_TASK_STATUS_TODO);
  g_assert_false (lt_task_get_late (task));

  g_assert_cmpint (lt_staff_get_weekly_hours (staff), ==, 35);
  g_assert_true (lt_staff_get_active (staff));

  g_assert_cmpint (lt_document_get_kind (document), ==, LT_DOCUMENT_KIND_OFFRE_DE_SERVICE);
  g_assert_true (lt_document_is_draft (document));
  g_assert_false (lt_document_has_pdf (document));
  g_assert_cmpint (lt_document_line_get_price_cents (line), ==, 0);
}

static void
test_models_strings (void)
{
  g_autoptr(LtAffaire) affaire = lt_affaire_new ();
  const char *tricky = "Dupont & Fils <SARL> '); DROP TABLE affaires;-- 🙂 שלום";
  guint count = 0;

  g_signal_connect (affaire, "notify::siren", G_CALLBACK (count_notify), &count);

  /* A text column never reads NULL; an optional one reads NULL for "" too. */
  lt_affaire_set_name (affaire, NULL);
  g_assert_cmpstr (lt_affaire_get_name (affaire), ==, "");
  lt_affaire_set_name (affaire, tricky);
  g_assert_cmpstr (lt_affaire_get_name (affaire), ==, tricky);

  lt_affaire_set_siren (affaire, "");
  g_assert_null (lt_affaire_get_siren (affaire));
  g_assert_cmpuint (count, ==, 0);
  lt_affaire_set_siren (affaire, "732829320");
  g_assert_cmpuint (count, ==, 1);
  lt_affaire_set_siren (affaire, "");
  g_assert_null (lt_affaire_get_siren (affaire));
  g_assert_cmpuint (count, ==, 2);
}

static void
test_models_pdf_bytes (void)
{
  g_autoptr(LtDocument) document = lt_document_new ();
  g_autoptr(GBytes) a = g_bytes_new ("%PDF-1.5", 8);
  g_autoptr(GBytes) b = g_bytes_new ("%PDF-1.5", 8);
  guint count = 0;

  g_signal_connect (document, "notify::pdf", G_CALLBACK (count_notify), &count);
  lt_document_set_pdf (document, a);
  g_assert_cmpuint (count, ==, 1);
  lt_document_set_pdf (document, b);   /* same content */
  g_assert_cmpuint (count, ==, 1);
  g_assert_true (lt_document_has_pdf (document));
  lt_document_set_pdf (document, NULL);
  g_assert_cmpuint (count, ==, 2);
  g_assert_false (lt_document_has_pdf (document));
}

static void
test_models_lcbft (void)
{
  g_autoptr(LtAffaire) affaire = lt_affaire_new ();

  g_assert_false (lt_affaire_is_lcbft_done (affaire));
  lt_affaire_set_lcbft_identified_on (affaire, "2026-01-15");
  g_assert_false (lt_affaire_is_lcbft_done (affaire));   /* no bénéficiaire effectif */
  lt_affaire_set_beneficial_owner (affaire, "   ");
  g_assert_false (lt_affaire_is_lcbft_done (affaire));
  lt_affaire_set_beneficial_owner (affaire, "Marie Dupont");
  g_assert_true (lt_affaire_is_lcbft_done (affaire));
  lt_affaire_set_lcbft_identified_on (affaire, NULL);
  g_assert_false (lt_affaire_is_lcbft_done (affaire));

  g_assert_false (lt_affaire_is_client (affaire));
  lt_affaire_set_state (affaire, LT_AFFAIRE_STATE_CLIENT);
  g_assert_true (lt_affaire_is_client (affaire));
}

static void
test_models_task_status (void)
{
  g_autoptr(LtTask) task = lt_task_new ();
  g_autoptr(LtTask) request = lt_task_new ();

  g_assert_cmpint (lt_task_get_own_status (task), ==, LT_TASK_STATUS_TODO);
  lt_task_set_done_on (task, "2027-01-10");
  g_assert_true (lt_task_is_done (task));
  g_assert_cmpint (lt_task_get_own_status (task), ==, LT_TASK_STATUS_DONE);

  lt_task_set_kind (request, LT_STEP_KIND_REQUEST);
  g_assert_cmpint (lt_task_get_own_status (request), ==, LT_TASK_STATUS_TODO);
  lt_task_set_sent_on (request, "2027-01-10");
  g_assert_false (lt_task_is_done (request));
  g_assert_cmpint (lt_task_get_own_status (request), ==, LT_TASK_STATUS_SENT);
  lt_task_set_answered_on (request, "2027-01-20");
  g_assert_true (lt_task_is_done (request));
  g_assert_cmpint (lt_task_get_own_status (request), ==, LT_TASK_STATUS_DONE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/models/columns", test_models_columns);
  g_test_add_func ("/models/notify-once", test_models_notify_once);
  g_test_add_func ("/models/copy", test_models_copy);
  g_test_add_func ("/models/defaults", test_models_defaults);
  g_test_add_func ("/models/strings", test_models_strings);
  g_test_add_func ("/models/pdf-bytes", test_models_pdf_bytes);
  g_test_add_func ("/models/lcbft", test_models_lcbft);
  g_test_add_func ("/models/task-status", test_models_task_status);

  return g_test_run ();
}
