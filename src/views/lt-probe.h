/* lt-probe.h: what the user waits for, measured inside the app (LETTRINE_PROBE=file.json, for `make bench`) */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void lt_probe_start (void);

G_END_DECLS
