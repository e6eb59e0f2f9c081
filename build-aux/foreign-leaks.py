#!/usr/bin/env python3
"""Reads meson's testlog.json of a sanitizer run: prints the names of the
failed tests whose only report is a LeakSanitizer one in which no frame is
Lettrine's (every frame in GLib, GTK/GDK, the C library: no symbol named
lt_…, no file of src/ or tests/). GTK 4.8's X11 backend leaks such objects
now and then in its clipboard and drag streams under Xvfb (stripped frames
in libgtk-4.so.1 beside gdk_x11_drag_get_type). Those tests are run once
more; a leak with a frame of ours is never retried."""
import json, re, sys

def ours(frame):
    # a function of ours (lt_…, a test's test_…) or a line of our sources;
    # not the sanitizer's malloc, which lives in the test's binary
    return re.search(r"\bin (lt_|test_|Lt)[A-Za-z0-9_]*|(src|tests)/[^ ]*\.[ch]:\d+", frame) is not None

names = []
with open(sys.argv[1]) as f:
    for line in f:
        line = line.strip()
        if not line:
            continue
        r = json.loads(line)
        if r.get("result") in ("OK", "EXPECTEDFAIL", "SKIP"):
            continue
        out = (r.get("stdout") or "") + (r.get("stderr") or "")
        if "ERROR: LeakSanitizer" not in out:
            continue
        if re.search(r"ERROR: AddressSanitizer|runtime error:|Bail out!|CRITICAL|not ok", out):
            continue
        report = out[out.index("ERROR: LeakSanitizer"):]
        foreign = True
        # each leak's stack up to the main loop's dispatch: what allocated
        # it; below the dispatch are the loop and the test that spins it
        for block in re.split(r"\n(?:Direct|Indirect) leak of", report)[1:]:
            frames = [l for l in block.splitlines() if re.match(r"\s+#\d+ ", l)]
            upto = []
            for fr in frames:
                if "g_main_context_dispatch" in fr:
                    break
                upto.append(fr)
            if any(ours(fr) for fr in upto):
                foreign = False
                break
        if foreign:
            names.append(r["name"].split(" / ")[-1])
print(" ".join(names))
