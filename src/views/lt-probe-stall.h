/* lt-probe-stall.h: what the main thread ran during its longest stalls (LETTRINE_PROBE) */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void lt_probe_stall_start (void);
void lt_probe_stall_tick  (gint64   now,
                           gboolean keep,
                           guint    slot);
void lt_probe_stall_json  (GString *json,
                           guint    slot);
void lt_probe_stall_stop  (void);

G_END_DECLS
