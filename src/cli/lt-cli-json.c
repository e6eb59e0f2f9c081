/* lt-cli-json.c: JSON output of lettrine-cli through json-glib, keys in a stable order */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-cli"

#include "config.h"

#include <stdio.h>

#include "lt-cli-commands.h"
#include "lt-enums.h"

void
lt_cli_print_id (gint64 id)
{
  printf ("%" G_GINT64_FORMAT "\n", id);
}

void
lt_cli_print_json (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, NULL);
  printf ("%s\n", text);
}

/* Keys are the property names with `_` (the columns' spelling), in the order
 * the class installed them (g_object_class_list_properties sorts by
 * installation); enums as their nick, as stored. */
JsonNode *
lt_cli_object_to_json (GObject *object)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs = 0;

  g_return_val_if_fail (G_IS_OBJECT (object), NULL);

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_pspecs);

  json_builder_begin_object (builder);

  for (guint i = 0; i < n_pspecs; i++)
    {
      GParamSpec *pspec = pspecs[i];
      g_auto(GValue) value = G_VALUE_INIT;
      g_autofree char *key = NULL;
      GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

      if (!(pspec->flags & G_PARAM_READABLE))
        continue;

      key = g_strdelimit (g_strdup (pspec->name), "-", '_');
      g_value_init (&value, type);
      g_object_get_property (object, pspec->name, &value);

      if (G_TYPE_IS_ENUM (type))
        {
          const char *nick = lt_enum_to_nick (type, g_value_get_enum (&value));

          json_builder_set_member_name (builder, key);
          if (nick != NULL)
            json_builder_add_string_value (builder, nick);
          else
            json_builder_add_int_value (builder, g_value_get_enum (&value));
          continue;
        }

      switch (G_TYPE_FUNDAMENTAL (type))
        {
        case G_TYPE_STRING:
          json_builder_set_member_name (builder, key);
          if (g_value_get_string (&value) != NULL)
            json_builder_add_string_value (builder, g_value_get_string (&value));
          else
            json_builder_add_null_value (builder);
          break;
        case G_TYPE_BOOLEAN:
          json_builder_set_member_name (builder, key);
          json_builder_add_boolean_value (builder, g_value_get_boolean (&value));
          break;
        case G_TYPE_INT:
          json_builder_set_member_name (builder, key);
          json_builder_add_int_value (builder, g_value_get_int (&value));
          break;
        case G_TYPE_UINT:
          json_builder_set_member_name (builder, key);
          json_builder_add_int_value (builder, g_value_get_uint (&value));
          break;
        case G_TYPE_INT64:
          json_builder_set_member_name (builder, key);
          json_builder_add_int_value (builder, g_value_get_int64 (&value));
          break;
        case G_TYPE_UINT64:
          json_builder_set_member_name (builder, key);
          json_builder_add_int_value (builder, (gint64) g_value_get_uint64 (&value));
          break;
        case G_TYPE_DOUBLE:
          json_builder_set_member_name (builder, key);
          json_builder_add_double_value (builder, g_value_get_double (&value));
          break;
        case G_TYPE_FLAGS:
          json_builder_set_member_name (builder, key);
          json_builder_add_int_value (builder, g_value_get_flags (&value));
          break;
        default:
          /* Objects, boxed values: not part of a row. */
          break;
        }
    }

  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

JsonNode *
lt_cli_list_to_json (GListModel *model)
{
  JsonArray *array = json_array_new ();
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (item != NULL)
        json_array_add_element (array, lt_cli_object_to_json (item));
    }

  json_node_take_array (node, array);
  return node;
}
