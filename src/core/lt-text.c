/* lt-text.c: text folded for accent- and case-insensitive search */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-text"

#include "config.h"

#include <string.h>

#include "lt-text.h"

static gboolean
is_mark (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_NON_SPACING_MARK:
    case G_UNICODE_SPACING_MARK:
    case G_UNICODE_ENCLOSING_MARK:
      return TRUE;
    default:
      return FALSE;
    }
}

/**
 * lt_text_fold:
 * @text: (nullable): any text
 *
 * Folds @text the way the store keeps its search_key columns and the way
 * it folds what users search, so that « societe » finds « Société »:
 * compatibility decomposition (NFKD) with the combining marks dropped,
 * lower case, œ → oe, æ → ae, ß → ss, typographic apostrophes and dashes
 * written ' and -, every run of white space (non-breaking ones included)
 * one space, none at either end. Invalid UTF-8 is repaired first.
 *
 * Returns: (transfer full): the folded text ("" for %NULL)
 */
char *
lt_text_fold (const char *text)
{
  g_autofree char *valid = NULL;
  g_autofree char *decomposed = NULL;
  GString *out;
  gboolean pending_space = FALSE;

  if (text == NULL)
    return g_strdup ("");

  valid = g_utf8_make_valid (text, -1);
  decomposed = g_utf8_normalize (valid, -1, G_NORMALIZE_NFKD);
  out = g_string_sized_new (strlen (decomposed));

  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *replacement = NULL;

      if (is_mark (c))
        continue;

      if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F || c == 0x2007)
        {
          pending_space = out->len > 0;
          continue;
        }

      switch (c)
        {
        case 0x0152: case 0x0153: replacement = "oe"; break;   /* Œ œ */
        case 0x00C6: case 0x00E6: replacement = "ae"; break;   /* Æ æ */
        case 0x00DF: case 0x1E9E: replacement = "ss"; break;   /* ß ẞ */
        case 0x00D8: case 0x00F8: replacement = "o"; break;    /* Ø ø */
        case 0x0141: case 0x0142: replacement = "l"; break;    /* Ł ł */
        case 0x0110: case 0x0111: replacement = "d"; break;    /* Đ đ */
        case 0x2018: case 0x2019: case 0x02BC: case 0x2032:
          replacement = "'"; break;
        case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212:
          replacement = "-"; break;
        default:
          break;
        }

      if (pending_space)
        {
          g_string_append_c (out, ' ');
          pending_space = FALSE;
        }

      if (replacement != NULL)
        g_string_append (out, replacement);
      else
        g_string_append_unichar (out, g_unichar_tolower (c));
    }

  return g_string_free (out, FALSE);
}
