#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The tables of src/core/lt-text.c, from Unicode data.

lt_text_fold () folds U+00A0…U+017F and U+2000…U+206F through two tables
(its fast path) and everything else through NFKD (its general path). Each
entry is what the general path makes of that character alone: NFKD,
combining marks dropped, white space one space, the replacements of
lt_text_fold ()'s switch, lower case. A character whose fold needs a
lower case beyond ASCII (Ð → ð) is NULL: the general path folds it.

    build-aux/gen-fold-table.py             prints the tables
    build-aux/gen-fold-table.py --check F   exit 1 when F's tables differ
    build-aux/gen-fold-table.py --write F   replaces F's tables

Run by the test test-text-table (tests/meson.build).
"""

import sys
import unicodedata

TABLES = [
    ('latin_table', 0x00A0, 0x0180),
    ('punctuation_table', 0x2000, 0x2070),
]

# lt_text_fold ()'s switch, in the same order.
REPLACEMENTS = {
    0x0152: 'oe', 0x0153: 'oe',     # Œ œ
    0x00C6: 'ae', 0x00E6: 'ae',     # Æ æ
    0x00DF: 'ss', 0x1E9E: 'ss',     # ß ẞ
    0x00D8: 'o', 0x00F8: 'o',       # Ø ø
    0x0141: 'l', 0x0142: 'l',       # Ł ł
    0x0110: 'd', 0x0111: 'd',       # Đ đ
    0x2018: "'", 0x2019: "'", 0x02BC: "'", 0x2032: "'",
    0x2010: '-', 0x2011: '-', 0x2012: '-', 0x2013: '-', 0x2014: '-', 0x2212: '-',
}

SPACES = {0x00A0, 0x202F, 0x2007}


def is_space(c):
    # g_unichar_isspace (): the Z categories and the ASCII controls of space
    return unicodedata.category(c) in ('Zs', 'Zl', 'Zp') or c in '\t\n\v\f\r' or ord(c) in SPACES


def fold_one(cp):
    """The fold of chr (cp) alone, or None when it is the general path's."""
    out = ''
    for c in unicodedata.normalize('NFKD', chr(cp)):
        if unicodedata.category(c) in ('Mn', 'Mc', 'Me'):
            continue
        if is_space(c):
            out += ' '
            continue
        if ord(c) in REPLACEMENTS:
            out += REPLACEMENTS[ord(c)]
            continue
        lower = c.lower()
        if len(lower) != 1:
            lower = c
        if lower != c and ord(lower) >= 0x80:
            return None
        out += lower
    # the fast path writes a run of spaces as one
    while '  ' in out:
        out = out.replace('  ', ' ')
    return out


def c_string(text):
    quoted = ''
    for byte in text.encode('utf-8'):
        if byte >= 0x80 or byte < 0x20:
            quoted += '\\%03o' % byte
        elif chr(byte) in '"\\':
            quoted += '\\' + chr(byte)
        else:
            quoted += chr(byte)
    return '"%s"' % quoted


def tables():
    lines = []
    for name, first, end in TABLES:
        if lines:
            lines.append('')
        lines.append('static const char * const %s[0x%X - 0x%X] = {' % (name, end, first))
        for cp in range(first, end):
            folded = fold_one(cp)
            lines.append('  /* U+%04X */ %s,' % (cp, 'NULL' if folded is None else c_string(folded)))
        lines.append('};')
    return '\n'.join(lines) + '\n'


def split(source):
    """@source as (before, tables, after)."""
    start = source.index('static const char * const %s[' % TABLES[0][0])
    last = source.index('static const char * const %s[' % TABLES[-1][0])
    end = source.index('};\n', last) + len('};\n')
    return source[:start], source[start:end], source[end:]


def main(argv):
    if len(argv) == 1:
        sys.stdout.write(tables())
        return 0
    if len(argv) != 3 or argv[1] not in ('--check', '--write'):
        sys.stderr.write('usage: %s [--check|--write src/core/lt-text.c]\n' % argv[0])
        return 2
    with open(argv[2], encoding='utf-8') as f:
        before, current, after = split(f.read())
    wanted = tables()
    if argv[1] == '--write':
        with open(argv[2], 'w', encoding='utf-8') as f:
            f.write(before + wanted + after)
        return 0
    if current == wanted:
        print('the tables of %s are what %s prints (Unicode %s)'
              % (argv[2], argv[0], unicodedata.unidata_version))
        return 0
    cur, new = current.splitlines(), wanted.splitlines()
    for i in range(max(len(cur), len(new))):
        a = cur[i] if i < len(cur) else '(none)'
        b = new[i] if i < len(new) else '(none)'
        if a != b:
            sys.stderr.write('%s differs from the generator:\n  in the tree: %s\n  generated:   %s\n'
                             % (argv[2], a, b))
            break
    sys.stderr.write('Regenerate with: %s --write %s\n' % (argv[0], argv[2]))
    return 1


if __name__ == '__main__':
    sys.exit(main(sys.argv))
