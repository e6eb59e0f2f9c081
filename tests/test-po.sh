#!/bin/sh
# test-po.sh SRCDIR: every msgid of po/POTFILES.in is translated in po/fr.po,
# none is fuzzy, and fr.po compiles with msgfmt --check.
set -u
src=${1:-${LETTRINE_SOURCE_DIR:?usage: test-po.sh SRCDIR}}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
cd "$src" || exit 1
status=0

# The list, without comments and blank lines; a listed file that is gone is an error.
sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' po/POTFILES.in > "$tmp/files"
while read -r f; do
  if [ ! -f "$f" ]; then
    echo "po/POTFILES.in lists $f, which does not exist" >&2
    status=1
  fi
done < "$tmp/files"

# Every file with a translatable string must be listed, or its strings
# would silently stay English.
for f in $(grep -l -E '(^|[^A-Za-z0-9_])(N?C?_|g_dngettext|ngettext)[[:space:]]*\(' src/*/*.c src/*.c 2>/dev/null) \
         $(grep -l 'translatable="yes"' ui/*.ui 2>/dev/null) \
         $(ls data/*.desktop.in data/*.metainfo.xml.in data/*.gschema.xml 2>/dev/null); do
  if ! grep -q -x -F "$f" "$tmp/files"; then
    echo "$f has translatable strings but is not listed in po/POTFILES.in (append it)" >&2
    status=1
  fi
done

# C sources with the glib keywords; .ui, .gschema.xml, .metainfo.xml(.in) and
# .desktop(.in) through xgettext's own ITS rules and Desktop parser.
if ! xgettext --from-code=UTF-8 --add-comments=Translators \
       --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
       --keyword=g_dngettext:2,3 --keyword=ngettext:1,2 --keyword=g_dpgettext2:2c,3 \
       --package-name=lettrine --files-from="$tmp/files" \
       --output="$tmp/lettrine.pot" 2> "$tmp/xgettext.err"; then
  echo "xgettext failed:" >&2
  cat "$tmp/xgettext.err" >&2
  exit 1
fi
grep -v -e '^xgettext: warning' "$tmp/xgettext.err" | grep . >&2 || true

if [ ! -f "$tmp/lettrine.pot" ]; then
  echo "xgettext found no translatable string" >&2
  exit 1
fi

if ! msgfmt --check --statistics -o /dev/null po/fr.po 2> "$tmp/msgfmt.err"; then
  grep -v "header field" "$tmp/msgfmt.err" >&2
  echo "po/fr.po does not compile (a duplicate msgid? a broken format?)" >&2
  exit 1
fi
grep -v "header field" "$tmp/msgfmt.err" || true

cp po/fr.po "$tmp/fr.po"
if ! msgmerge --quiet --update --backup=off "$tmp/fr.po" "$tmp/lettrine.pot"; then
  echo "msgmerge failed" >&2
  exit 1
fi

# The merged file carries the format flags xgettext found: check them too.
if ! msgfmt --check -o /dev/null "$tmp/fr.po" 2> "$tmp/merged.err"; then
  grep -v "header field" "$tmp/merged.err" >&2
  echo "a translation in po/fr.po does not match its msgid's format (%s, %d, …)" >&2
  status=1
fi

msgattrib --untranslated --no-obsolete --no-wrap "$tmp/fr.po" -o "$tmp/untranslated.po"
msgattrib --only-fuzzy --no-obsolete --no-wrap "$tmp/fr.po" -o "$tmp/fuzzy.po"

list_msgids () {
  # "[context] msgid", one a line, without the header entry
  [ -f "$1" ] || return 0
  awk '
    /^msgctxt "/ { sub(/^msgctxt "/, ""); sub(/"$/, ""); ctx = "[" $0 "] " }
    /^msgid "/   { sub(/^msgid "/, ""); sub(/"$/, ""); if ($0 != "") print ctx $0; ctx = "" }
  ' "$1"
}

untranslated=$(list_msgids "$tmp/untranslated.po")
fuzzy=$(list_msgids "$tmp/fuzzy.po")

if [ -n "$untranslated" ]; then
  echo "Untranslated in po/fr.po (append a French msgstr):" >&2
  printf '%s\n' "$untranslated" | sed 's/^/  /' >&2
  status=1
fi
if [ -n "$fuzzy" ]; then
  echo "Fuzzy in po/fr.po (a msgid that changed or has no exact entry):" >&2
  printf '%s\n' "$fuzzy" | sed 's/^/  /' >&2
  status=1
fi

if [ $status -eq 0 ]; then
  echo "po/fr.po: every msgid of po/POTFILES.in is translated"
fi
exit $status
