#!/bin/sh
# test-data.sh SRCDIR: the desktop file, the AppStream metainfo, the
# settings schema, the icons and the Flatpak manifest are valid.
set -u
src=${1:-${LETTRINE_SOURCE_DIR:?usage: test-data.sh SRCDIR}}
app_id=io.github.lettrine.Lettrine
status=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

fail () {
  echo "FAIL: $*" >&2
  status=1
}

desktop=$tmp/$app_id.desktop
metainfo=$tmp/$app_id.metainfo.xml
manifest=$src/flatpak/$app_id.json

# Merge the translations as the build does (i18n.merge_file), from the
# current po/ — a stale build output cannot hide a missing translation.
msgfmt --desktop -d "$src/po" --template "$src/data/$app_id.desktop.in" -o "$desktop" ||
  fail "msgfmt cannot merge the translations into the desktop file"
msgfmt --xml -d "$src/po" --template "$src/data/$app_id.metainfo.xml.in" -o "$metainfo" ||
  fail "msgfmt cannot merge the translations into the metainfo"

# Desktop file, as installed (translations merged).
if [ ! -f "$desktop" ]; then
  fail "no desktop file"
elif ! desktop-file-validate "$desktop"; then
  fail "desktop-file-validate rejects $desktop"
else
  grep -q "^Exec=lettrine" "$desktop" || fail "the desktop file does not start lettrine"
  grep -q "^Icon=$app_id\$" "$desktop" || fail "the desktop file does not name the icon $app_id"
  grep -q "^Comment\[fr\]=" "$desktop" || fail "the desktop file has no French comment"
fi

# AppStream metainfo, as installed, offline.
if [ ! -f "$metainfo" ]; then
  fail "no metainfo"
elif ! appstreamcli validate --no-net --explain "$metainfo"; then
  fail "appstreamcli rejects $metainfo"
else
  grep -q '<content_rating type="oars-1' "$metainfo" || fail "the metainfo has no OARS content rating"
  grep -q '<release version="0.1.0"' "$metainfo" || fail "the metainfo has no 0.1.0 release"
  grep -q '<p xml:lang="fr">' "$metainfo" || fail "the metainfo description has no French translation"
  # Each screenshot points at a PNG kept in the repository.
  for url in $(sed -n 's|.*<image[^>]*>\(.*\)</image>.*|\1|p' "$metainfo"); do
    file=$src/data/screenshots/$(basename "$url")
    if [ ! -f "$file" ]; then
      fail "screenshot $url: $file is not in the repository"
    elif [ "$(head -c 8 "$file" | od -An -tx1 | tr -d ' \n')" != "89504e470d0a1a0a" ]; then
      fail "screenshot $file is not a PNG"
    fi
  done
fi

# Settings schema, strictly.
if ! glib-compile-schemas --strict --dry-run "$src/data"; then
  fail "glib-compile-schemas --strict rejects the schema in $src/data"
fi

# Icons: well-formed SVG, named after the application.
for icon in "$src/data/icons/hicolor/scalable/apps/$app_id.svg" \
            "$src/data/icons/hicolor/symbolic/apps/$app_id-symbolic.svg"; do
  if [ ! -f "$icon" ]; then
    fail "missing icon $icon"
  elif ! python3 -c 'import sys, xml.etree.ElementTree as E; r = E.parse(sys.argv[1]).getroot(); sys.exit(0 if r.tag.endswith("svg") else 1)' "$icon"; then
    fail "$icon is not a well-formed SVG"
  fi
done

# Flatpak manifest: parses, names the app and its command, asks for no more
# than a desktop app needs.
if ! flatpak-builder --show-manifest "$manifest" > "$tmp/flatpak-manifest.json" 2> "$tmp/flatpak-manifest.err"; then
  cat "$tmp/flatpak-manifest.err" >&2
  fail "flatpak-builder cannot parse $manifest"
elif ! python3 - "$tmp/flatpak-manifest.json" "$app_id" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
app_id = sys.argv[2]
errors = []
if m.get("id", m.get("app-id")) != app_id:
    errors.append("the manifest's id is %r, not %r" % (m.get("id"), app_id))
if m.get("command") != "lettrine":
    errors.append("the manifest's command is %r, not 'lettrine'" % m.get("command"))
if m.get("runtime") != "org.gnome.Platform":
    errors.append("the runtime is %r, not org.gnome.Platform" % m.get("runtime"))
# issue 14: --share=network for the cabinet's SMTP server (libcurl and
# libsecret are in the GNOME runtime; the keyring is reached through the
# Secret portal, which needs no permission)
allowed = {"--share=ipc", "--socket=wayland", "--socket=fallback-x11", "--device=dri", "--share=network"}
args = set(m.get("finish-args", []))
if args - allowed:
    errors.append("finish-args asks for more than a desktop app needs: %s" % ", ".join(sorted(args - allowed)))
if allowed - args:
    errors.append("finish-args lacks %s" % ", ".join(sorted(allowed - args)))
names = [mod.get("name") for mod in m.get("modules", []) if isinstance(mod, dict)]
if not names or names[-1] != "lettrine":
    errors.append("the last module is not lettrine: %r" % names)
for lib in ("template-glib", "libcsv", "poppler"):
    if lib not in names:
        errors.append("no module for %s, which the GNOME runtime lacks" % lib)
for e in errors:
    print("FAIL:", e, file=sys.stderr)
sys.exit(1 if errors else 0)
PY
then
  fail "the Flatpak manifest does not describe Lettrine as expected"
fi

[ $status -eq 0 ] && echo "data: desktop file, metainfo, schema, icons and Flatpak manifest are valid"
exit $status
