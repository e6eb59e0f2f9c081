/* test-model-description.c: the description of the models (LtModel) — fields, notify on change, copy, equal */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "lettrine-core.h"

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

/* Each field of a description is a property of its model, of its type. */
static void
test_fields_are_properties (void)
{
  GType types[] = {
    LT_TYPE_FIRM, LT_TYPE_STAFF, LT_TYPE_AFFAIRE, LT_TYPE_CONTACT, LT_TYPE_CATEGORY,
    LT_TYPE_PRESTATION, LT_TYPE_STEP, LT_TYPE_STEP_LINK, LT_TYPE_PROJECT, LT_TYPE_ASSIGNMENT,
    LT_TYPE_TASK, LT_TYPE_DOCUMENT, LT_TYPE_DOCUMENT_LINE, LT_TYPE_TERMS,
  };

  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (types[t]);
      guint n_fields = 0, n_pspecs = 0;
      const LtField *fields = lt_model_class_get_fields (LT_MODEL_CLASS (klass), &n_fields);
      g_autofree GParamSpec **pspecs = g_object_class_list_properties (G_OBJECT_CLASS (klass), &n_pspecs);

      g_assert_nonnull (pspecs);
      g_assert_cmpuint (n_fields - 1, ==, n_pspecs);
      g_assert_cmpstr (fields[1].column, ==, "id");
      for (guint i = 1; i < n_fields; i++)
        {
          GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass),
                                                            lt_model_field_get_property (&fields[i]));

          g_assert_nonnull (pspec);
          g_assert_null (strchr (fields[i].column, '-'));
          g_assert_true ((fields[i].type == LT_FIELD_TEXT || fields[i].type == LT_FIELD_OPTIONAL_TEXT)
                         == (pspec->value_type == G_TYPE_STRING));
          g_assert_true ((fields[i].type == LT_FIELD_ENUM) == G_TYPE_IS_ENUM (pspec->value_type));
        }
    }
}

/* Setters notify only on a change; text is never NULL, optional text never "". */
static void
test_notify_and_text (void)
{
  g_autoptr(LtAffaire) affaire = lt_affaire_new ();
  guint count = 0;

  g_signal_connect (affaire, "notify", G_CALLBACK (count_notify), &count);

  lt_affaire_set_name (affaire, NULL);
  g_assert_cmpstr (lt_affaire_get_name (affaire), ==, "");
  g_assert_cmpuint (count, ==, 0);
  lt_affaire_set_name (affaire, "Dupont");
  lt_affaire_set_name (affaire, "Dupont");
  g_assert_cmpuint (count, ==, 1);

  lt_affaire_set_siren (affaire, "");
  g_assert_null (lt_affaire_get_siren (affaire));
  g_assert_cmpuint (count, ==, 1);
  lt_affaire_set_siren (affaire, "552100554");
  g_assert_cmpuint (count, ==, 2);

  lt_affaire_set_vigilance (affaire, LT_VIGILANCE_NOT_ASSESSED);
  g_assert_cmpuint (count, ==, 2);
  lt_affaire_set_vigilance (affaire, LT_VIGILANCE_REINFORCED);
  g_assert_cmpint (lt_affaire_get_vigilance (affaire), ==, LT_VIGILANCE_REINFORCED);
  g_assert_cmpuint (count, ==, 3);

  /* The defaults of the description */
  g_assert_cmpstr (lt_affaire_get_fiscal_year_end (affaire), ==, "12-31");
  {
    g_autoptr(LtPrestation) prestation = lt_prestation_new ();
    g_autoptr(LtStaff) staff = lt_staff_new ();

    g_assert_cmpint (lt_prestation_get_price_cents (prestation), ==, -1);
    g_assert_cmpint (lt_prestation_get_version (prestation), ==, 1);
    g_assert_true (lt_prestation_get_is_current (prestation));
    g_assert_cmpint (lt_staff_get_weekly_hours (staff), ==, 35);
  }
}

static void
test_copy_and_equal (void)
{
  g_autoptr(LtDocument) doc = lt_document_new ();
  g_autoptr(LtDocument) copy = NULL;
  g_autoptr(GBytes) pdf = g_bytes_new_static ("%PDF-1.7", 8);
  g_autoptr(GBytes) same = g_bytes_new ("%PDF-1.7", 8);
  guint count = 0;

  lt_document_set_title (doc, "Lettre de mission");
  lt_document_set_pdf (doc, pdf);
  lt_document_set_signed_on (doc, "2026-01-15");
  lt_document_set_revision (doc, 3);

  copy = lt_document_copy (doc);
  g_assert_true (lt_model_equal (LT_MODEL (doc), LT_MODEL (copy)));
  g_assert_true (g_bytes_equal (lt_document_get_pdf (copy), pdf));

  g_signal_connect (copy, "notify", G_CALLBACK (count_notify), &count);
  lt_document_set_pdf (copy, same);
  g_assert_cmpuint (count, ==, 0);
  lt_document_set_signed_on (copy, NULL);
  g_assert_cmpuint (count, ==, 1);
  g_assert_false (lt_model_equal (LT_MODEL (doc), LT_MODEL (copy)));
  g_assert_cmpstr (lt_document_get_signed_on (doc), ==, "2026-01-15");

  g_object_set (copy, "signed-on", "2026-01-15", NULL);
  g_assert_true (lt_model_equal (LT_MODEL (doc), LT_MODEL (copy)));
  {
    g_autoptr(LtDocumentLine) line = lt_document_line_new ();

    g_assert_false (lt_model_equal (LT_MODEL (doc), LT_MODEL (line)));
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model-description/fields-are-properties", test_fields_are_properties);
  g_test_add_func ("/model-description/notify-and-text", test_notify_and_text);
  g_test_add_func ("/model-description/copy-and-equal", test_copy_and_equal);

  return g_test_run ();
}
