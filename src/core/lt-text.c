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

/* What lt_text_fold () makes of U+00A0…U+017F and of U+2000…U+206F, one
 * character alone (NFKD, marks dropped, the replacements below, lower
 * case), so that most French text folds without a normalization pass; NULL
 * sends the whole text to the general path. Written by
 * build-aux/gen-fold-table.py from Unicode data (test-text-table fails
 * when they differ; `--write` rewrites them); tests/test-text.c checks
 * every entry against the general path. */
static const char * const latin_table[0x180 - 0xA0] = {
  /* U+00A0 */ " ",
  /* U+00A1 */ "\302\241",
  /* U+00A2 */ "\302\242",
  /* U+00A3 */ "\302\243",
  /* U+00A4 */ "\302\244",
  /* U+00A5 */ "\302\245",
  /* U+00A6 */ "\302\246",
  /* U+00A7 */ "\302\247",
  /* U+00A8 */ " ",
  /* U+00A9 */ "\302\251",
  /* U+00AA */ "a",
  /* U+00AB */ "\302\253",
  /* U+00AC */ "\302\254",
  /* U+00AD */ "\302\255",
  /* U+00AE */ "\302\256",
  /* U+00AF */ " ",
  /* U+00B0 */ "\302\260",
  /* U+00B1 */ "\302\261",
  /* U+00B2 */ "2",
  /* U+00B3 */ "3",
  /* U+00B4 */ " ",
  /* U+00B5 */ "\316\274",
  /* U+00B6 */ "\302\266",
  /* U+00B7 */ "\302\267",
  /* U+00B8 */ " ",
  /* U+00B9 */ "1",
  /* U+00BA */ "o",
  /* U+00BB */ "\302\273",
  /* U+00BC */ "1\342\201\2044",
  /* U+00BD */ "1\342\201\2042",
  /* U+00BE */ "3\342\201\2044",
  /* U+00BF */ "\302\277",
  /* U+00C0 */ "a",
  /* U+00C1 */ "a",
  /* U+00C2 */ "a",
  /* U+00C3 */ "a",
  /* U+00C4 */ "a",
  /* U+00C5 */ "a",
  /* U+00C6 */ "ae",
  /* U+00C7 */ "c",
  /* U+00C8 */ "e",
  /* U+00C9 */ "e",
  /* U+00CA */ "e",
  /* U+00CB */ "e",
  /* U+00CC */ "i",
  /* U+00CD */ "i",
  /* U+00CE */ "i",
  /* U+00CF */ "i",
  /* U+00D0 */ NULL,
  /* U+00D1 */ "n",
  /* U+00D2 */ "o",
  /* U+00D3 */ "o",
  /* U+00D4 */ "o",
  /* U+00D5 */ "o",
  /* U+00D6 */ "o",
  /* U+00D7 */ "\303\227",
  /* U+00D8 */ "o",
  /* U+00D9 */ "u",
  /* U+00DA */ "u",
  /* U+00DB */ "u",
  /* U+00DC */ "u",
  /* U+00DD */ "y",
  /* U+00DE */ NULL,
  /* U+00DF */ "ss",
  /* U+00E0 */ "a",
  /* U+00E1 */ "a",
  /* U+00E2 */ "a",
  /* U+00E3 */ "a",
  /* U+00E4 */ "a",
  /* U+00E5 */ "a",
  /* U+00E6 */ "ae",
  /* U+00E7 */ "c",
  /* U+00E8 */ "e",
  /* U+00E9 */ "e",
  /* U+00EA */ "e",
  /* U+00EB */ "e",
  /* U+00EC */ "i",
  /* U+00ED */ "i",
  /* U+00EE */ "i",
  /* U+00EF */ "i",
  /* U+00F0 */ "\303\260",
  /* U+00F1 */ "n",
  /* U+00F2 */ "o",
  /* U+00F3 */ "o",
  /* U+00F4 */ "o",
  /* U+00F5 */ "o",
  /* U+00F6 */ "o",
  /* U+00F7 */ "\303\267",
  /* U+00F8 */ "o",
  /* U+00F9 */ "u",
  /* U+00FA */ "u",
  /* U+00FB */ "u",
  /* U+00FC */ "u",
  /* U+00FD */ "y",
  /* U+00FE */ "\303\276",
  /* U+00FF */ "y",
  /* U+0100 */ "a",
  /* U+0101 */ "a",
  /* U+0102 */ "a",
  /* U+0103 */ "a",
  /* U+0104 */ "a",
  /* U+0105 */ "a",
  /* U+0106 */ "c",
  /* U+0107 */ "c",
  /* U+0108 */ "c",
  /* U+0109 */ "c",
  /* U+010A */ "c",
  /* U+010B */ "c",
  /* U+010C */ "c",
  /* U+010D */ "c",
  /* U+010E */ "d",
  /* U+010F */ "d",
  /* U+0110 */ "d",
  /* U+0111 */ "d",
  /* U+0112 */ "e",
  /* U+0113 */ "e",
  /* U+0114 */ "e",
  /* U+0115 */ "e",
  /* U+0116 */ "e",
  /* U+0117 */ "e",
  /* U+0118 */ "e",
  /* U+0119 */ "e",
  /* U+011A */ "e",
  /* U+011B */ "e",
  /* U+011C */ "g",
  /* U+011D */ "g",
  /* U+011E */ "g",
  /* U+011F */ "g",
  /* U+0120 */ "g",
  /* U+0121 */ "g",
  /* U+0122 */ "g",
  /* U+0123 */ "g",
  /* U+0124 */ "h",
  /* U+0125 */ "h",
  /* U+0126 */ NULL,
  /* U+0127 */ "\304\247",
  /* U+0128 */ "i",
  /* U+0129 */ "i",
  /* U+012A */ "i",
  /* U+012B */ "i",
  /* U+012C */ "i",
  /* U+012D */ "i",
  /* U+012E */ "i",
  /* U+012F */ "i",
  /* U+0130 */ "i",
  /* U+0131 */ "\304\261",
  /* U+0132 */ "ij",
  /* U+0133 */ "ij",
  /* U+0134 */ "j",
  /* U+0135 */ "j",
  /* U+0136 */ "k",
  /* U+0137 */ "k",
  /* U+0138 */ "\304\270",
  /* U+0139 */ "l",
  /* U+013A */ "l",
  /* U+013B */ "l",
  /* U+013C */ "l",
  /* U+013D */ "l",
  /* U+013E */ "l",
  /* U+013F */ "l\302\267",
  /* U+0140 */ "l\302\267",
  /* U+0141 */ "l",
  /* U+0142 */ "l",
  /* U+0143 */ "n",
  /* U+0144 */ "n",
  /* U+0145 */ "n",
  /* U+0146 */ "n",
  /* U+0147 */ "n",
  /* U+0148 */ "n",
  /* U+0149 */ "'n",
  /* U+014A */ NULL,
  /* U+014B */ "\305\213",
  /* U+014C */ "o",
  /* U+014D */ "o",
  /* U+014E */ "o",
  /* U+014F */ "o",
  /* U+0150 */ "o",
  /* U+0151 */ "o",
  /* U+0152 */ "oe",
  /* U+0153 */ "oe",
  /* U+0154 */ "r",
  /* U+0155 */ "r",
  /* U+0156 */ "r",
  /* U+0157 */ "r",
  /* U+0158 */ "r",
  /* U+0159 */ "r",
  /* U+015A */ "s",
  /* U+015B */ "s",
  /* U+015C */ "s",
  /* U+015D */ "s",
  /* U+015E */ "s",
  /* U+015F */ "s",
  /* U+0160 */ "s",
  /* U+0161 */ "s",
  /* U+0162 */ "t",
  /* U+0163 */ "t",
  /* U+0164 */ "t",
  /* U+0165 */ "t",
  /* U+0166 */ NULL,
  /* U+0167 */ "\305\247",
  /* U+0168 */ "u",
  /* U+0169 */ "u",
  /* U+016A */ "u",
  /* U+016B */ "u",
  /* U+016C */ "u",
  /* U+016D */ "u",
  /* U+016E */ "u",
  /* U+016F */ "u",
  /* U+0170 */ "u",
  /* U+0171 */ "u",
  /* U+0172 */ "u",
  /* U+0173 */ "u",
  /* U+0174 */ "w",
  /* U+0175 */ "w",
  /* U+0176 */ "y",
  /* U+0177 */ "y",
  /* U+0178 */ "y",
  /* U+0179 */ "z",
  /* U+017A */ "z",
  /* U+017B */ "z",
  /* U+017C */ "z",
  /* U+017D */ "z",
  /* U+017E */ "z",
  /* U+017F */ "s",
};

static const char * const punctuation_table[0x2070 - 0x2000] = {
  /* U+2000 */ " ",
  /* U+2001 */ " ",
  /* U+2002 */ " ",
  /* U+2003 */ " ",
  /* U+2004 */ " ",
  /* U+2005 */ " ",
  /* U+2006 */ " ",
  /* U+2007 */ " ",
  /* U+2008 */ " ",
  /* U+2009 */ " ",
  /* U+200A */ " ",
  /* U+200B */ "\342\200\213",
  /* U+200C */ "\342\200\214",
  /* U+200D */ "\342\200\215",
  /* U+200E */ "\342\200\216",
  /* U+200F */ "\342\200\217",
  /* U+2010 */ "-",
  /* U+2011 */ "-",
  /* U+2012 */ "-",
  /* U+2013 */ "-",
  /* U+2014 */ "-",
  /* U+2015 */ "\342\200\225",
  /* U+2016 */ "\342\200\226",
  /* U+2017 */ " ",
  /* U+2018 */ "'",
  /* U+2019 */ "'",
  /* U+201A */ "\342\200\232",
  /* U+201B */ "\342\200\233",
  /* U+201C */ "\342\200\234",
  /* U+201D */ "\342\200\235",
  /* U+201E */ "\342\200\236",
  /* U+201F */ "\342\200\237",
  /* U+2020 */ "\342\200\240",
  /* U+2021 */ "\342\200\241",
  /* U+2022 */ "\342\200\242",
  /* U+2023 */ "\342\200\243",
  /* U+2024 */ ".",
  /* U+2025 */ "..",
  /* U+2026 */ "...",
  /* U+2027 */ "\342\200\247",
  /* U+2028 */ " ",
  /* U+2029 */ " ",
  /* U+202A */ "\342\200\252",
  /* U+202B */ "\342\200\253",
  /* U+202C */ "\342\200\254",
  /* U+202D */ "\342\200\255",
  /* U+202E */ "\342\200\256",
  /* U+202F */ " ",
  /* U+2030 */ "\342\200\260",
  /* U+2031 */ "\342\200\261",
  /* U+2032 */ "'",
  /* U+2033 */ "''",
  /* U+2034 */ "'''",
  /* U+2035 */ "\342\200\265",
  /* U+2036 */ "\342\200\265\342\200\265",
  /* U+2037 */ "\342\200\265\342\200\265\342\200\265",
  /* U+2038 */ "\342\200\270",
  /* U+2039 */ "\342\200\271",
  /* U+203A */ "\342\200\272",
  /* U+203B */ "\342\200\273",
  /* U+203C */ "!!",
  /* U+203D */ "\342\200\275",
  /* U+203E */ " ",
  /* U+203F */ "\342\200\277",
  /* U+2040 */ "\342\201\200",
  /* U+2041 */ "\342\201\201",
  /* U+2042 */ "\342\201\202",
  /* U+2043 */ "\342\201\203",
  /* U+2044 */ "\342\201\204",
  /* U+2045 */ "\342\201\205",
  /* U+2046 */ "\342\201\206",
  /* U+2047 */ "??",
  /* U+2048 */ "?!",
  /* U+2049 */ "!?",
  /* U+204A */ "\342\201\212",
  /* U+204B */ "\342\201\213",
  /* U+204C */ "\342\201\214",
  /* U+204D */ "\342\201\215",
  /* U+204E */ "\342\201\216",
  /* U+204F */ "\342\201\217",
  /* U+2050 */ "\342\201\220",
  /* U+2051 */ "\342\201\221",
  /* U+2052 */ "\342\201\222",
  /* U+2053 */ "\342\201\223",
  /* U+2054 */ "\342\201\224",
  /* U+2055 */ "\342\201\225",
  /* U+2056 */ "\342\201\226",
  /* U+2057 */ "''''",
  /* U+2058 */ "\342\201\230",
  /* U+2059 */ "\342\201\231",
  /* U+205A */ "\342\201\232",
  /* U+205B */ "\342\201\233",
  /* U+205C */ "\342\201\234",
  /* U+205D */ "\342\201\235",
  /* U+205E */ "\342\201\236",
  /* U+205F */ " ",
  /* U+2060 */ "\342\201\240",
  /* U+2061 */ "\342\201\241",
  /* U+2062 */ "\342\201\242",
  /* U+2063 */ "\342\201\243",
  /* U+2064 */ "\342\201\244",
  /* U+2065 */ "\342\201\245",
  /* U+2066 */ "\342\201\246",
  /* U+2067 */ "\342\201\247",
  /* U+2068 */ "\342\201\250",
  /* U+2069 */ "\342\201\251",
  /* U+206A */ "\342\201\252",
  /* U+206B */ "\342\201\253",
  /* U+206C */ "\342\201\254",
  /* U+206D */ "\342\201\255",
  /* U+206E */ "\342\201\256",
  /* U+206F */ "\342\201\257",
};

static inline gboolean
is_ascii_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* The folded form of the character at *@p (at most @end), through the
 * tables; @one holds an ASCII character. NULL if the general path is
 * needed (other characters, invalid UTF-8). */
static const char *
fast_replacement (const guchar **p,
                  const guchar  *end,
                  char           one[2])
{
  const guchar *q = *p;

  if (q[0] < 0x80)
    {
      one[0] = (char) q[0];
      one[1] = '\0';
      *p = q + 1;
      return one;
    }

  if (q[0] >= 0xC2 && q[0] < 0xE0 && end - q >= 2 && (q[1] & 0xC0) == 0x80)
    {
      gunichar c = ((gunichar) (q[0] & 0x1F) << 6) | (q[1] & 0x3F);

      if (c < 0xA0 || c >= 0x180 || latin_table[c - 0xA0] == NULL)
        return NULL;
      *p = q + 2;
      return latin_table[c - 0xA0];
    }

  if (q[0] == 0xE2 && end - q >= 3 && (q[1] & 0xC0) == 0x80 && (q[2] & 0xC0) == 0x80)
    {
      gunichar c = ((gunichar) (q[0] & 0x0F) << 12) | ((gunichar) (q[1] & 0x3F) << 6) | (q[2] & 0x3F);
      const char *replacement = NULL;

      if (c == 0x20AC)   /* € */
        replacement = "\342\202\254";
      else if (c >= 0x2000 && c < 0x2070)
        replacement = punctuation_table[c - 0x2000];
      if (replacement != NULL)
        *p = q + 3;
      return replacement;
    }

  return NULL;
}

/* The common case: ASCII, Latin-1, Latin Extended-A, typographic
 * punctuation. FALSE (with @out partly written) for anything else, or for
 * invalid UTF-8. */
static gboolean
fold_fast (const char *text,
           GString    *out)
{
  const guchar *p = (const guchar *) text;
  const guchar *end = p + strlen (text);
  gboolean pending_space = FALSE;

  while (p < end)
    {
      char one[2];
      const char *replacement = fast_replacement (&p, end, one);

      if (replacement == NULL)
        return FALSE;

      for (const char *r = replacement; *r != '\0'; r++)
        {
          if (is_ascii_space (*r))
            {
              pending_space = out->len > 0;
              continue;
            }
          if (pending_space)
            {
              g_string_append_c (out, ' ');
              pending_space = FALSE;
            }
          g_string_append_c (out, g_ascii_tolower (*r));
        }
    }

  return TRUE;
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

  out = g_string_sized_new (strlen (text));
  if (fold_fast (text, out))
    return g_string_free (out, FALSE);
  g_string_truncate (out, 0);

  valid = g_utf8_make_valid (text, -1);
  decomposed = g_utf8_normalize (valid, -1, G_NORMALIZE_NFKD);

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

typedef struct {
  const guchar *p;
  const guchar *end;
  const char   *replacement;
  char          one[2];
  gboolean      started;
  gboolean      pending_space;
} FoldIter;

#define FOLD_END  (-1)
#define FOLD_SLOW (-2)

/* The next byte of the folded text, FOLD_END, or FOLD_SLOW when the text
 * needs the general path. */
static int
fold_iter_next (FoldIter *iter)
{
  for (;;)
    {
      if (iter->replacement != NULL && *iter->replacement != '\0')
        {
          char c = *iter->replacement;

          if (is_ascii_space (c))
            {
              iter->pending_space = iter->started;
              iter->replacement++;
              continue;
            }
          if (iter->pending_space)
            {
              iter->pending_space = FALSE;
              return ' ';
            }
          iter->replacement++;
          iter->started = TRUE;
          return (guchar) g_ascii_tolower (c);
        }

      if (iter->p >= iter->end)
        return FOLD_END;

      iter->replacement = fast_replacement (&iter->p, iter->end, iter->one);
      if (iter->replacement == NULL)
        return FOLD_SLOW;
    }
}

/**
 * lt_text_compare:
 * @a: a text
 * @len_a: its length in bytes, or -1 if nul-terminated
 * @b: another text
 * @len_b: its length in bytes, or -1 if nul-terminated
 *
 * Compares the folded forms of @a and @b as strcmp (lt_text_fold (a),
 * lt_text_fold (b)) would, without allocating for the common (Latin) case:
 * made for an SQLite collation, which compares many times per sort.
 *
 * Returns: negative, 0 or positive as the folded @a sorts before, with or
 *   after the folded @b
 */
int
lt_text_compare (const char *a,
                 gssize      len_a,
                 const char *b,
                 gssize      len_b)
{
  FoldIter x = { 0 };
  FoldIter y = { 0 };

  if (a == NULL)
    a = "";
  if (b == NULL)
    b = "";
  if (len_a < 0)
    len_a = strlen (a);
  if (len_b < 0)
    len_b = strlen (b);

  x.p = (const guchar *) a;
  x.end = x.p + len_a;
  y.p = (const guchar *) b;
  y.end = y.p + len_b;

  for (;;)
    {
      int cx;
      int cy;

      /* plain ASCII on both sides: no table, no state */
      if ((x.replacement == NULL || *x.replacement == '\0') && !x.pending_space &&
          (y.replacement == NULL || *y.replacement == '\0') && !y.pending_space &&
          x.p < x.end && y.p < y.end &&
          *x.p < 0x80 && *y.p < 0x80 &&
          !is_ascii_space ((char) *x.p) && !is_ascii_space ((char) *y.p))
        {
          cx = g_ascii_tolower (*x.p++);
          cy = g_ascii_tolower (*y.p++);
          x.started = y.started = TRUE;
          if (cx != cy)
            return cx < cy ? -1 : 1;
          continue;
        }

      cx = fold_iter_next (&x);
      cy = fold_iter_next (&y);

      if (cx == FOLD_SLOW || cy == FOLD_SLOW)
        {
          g_autofree char *text_a = g_strndup (a, len_a);
          g_autofree char *text_b = g_strndup (b, len_b);
          g_autofree char *fold_a = lt_text_fold (text_a);
          g_autofree char *fold_b = lt_text_fold (text_b);

          return strcmp (fold_a, fold_b);
        }
      if (cx != cy)
        return cx < cy ? -1 : 1;
      if (cx == FOLD_END)
        return 0;
    }
}
