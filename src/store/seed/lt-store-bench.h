/* lt-store-bench.h: the store's benchmarks, each beside a baseline measured in the same run */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Runs in @dir (created if needed; its databases are left there):
 *
 *  1. 200 tâches with their links inserted through the store (CRUD, one
 *     transaction) vs raw prepared sqlite3 inserts of the same rows in one
 *     transaction (goal ≤ 2×);
 *  2. opening a database of @n_affaires affaires / @n_tasks tâches (seeded
 *     first, its time reported) and building the first page of each list vs
 *     the same on an empty database, time (goal ≤ 1.2×) and resident memory
 *     (goal ≤ 1.3×), each measured in a fresh process: @probe is an
 *     executable that, run as `PROBE --lt-bench-probe PATH`, returns
 *     lt_store_bench_probe (PATH) (lettrine-cli and bench-store do);
 *  3. an accent-insensitive search over the tâches through the lazy list vs
 *     the raw SQL it runs (goal ≤ 1.5×).
 *
 * Appends one line per figure to @report: ours, the baseline, the ratio,
 * the goal. Timings are medians of several runs. */
#define LT_STORE_BENCH_PROBE_ARG "--lt-bench-probe"

gboolean lt_store_bench       (const char  *dir,
                               const char  *probe,
                               guint        n_affaires,
                               guint        n_tasks,
                               GString     *report,
                               GError     **error);

int      lt_store_bench_probe (const char  *path);

G_END_DECLS
