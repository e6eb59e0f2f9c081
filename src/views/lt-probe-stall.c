/* lt-probe-stall.c: what the main thread ran during its longest stalls (LETTRINE_PROBE) */
/* SPDX-License-Identifier: GPL-3.0-or-later */

/* A watchdog thread watches the probe's tick. Once the main loop has not
 * ticked for SAMPLE_AFTER_US, it signals the main thread every
 * SAMPLE_EVERY_US, and the handler records the main thread's stack. When
 * the tick comes back, the probe keeps the samples of the stall if it is the
 * longest of its phase. Frames are written as "symbol@file+0xoffset" and
 * symbolized by build-aux/stall-report (addr2line for the app's statics). */

#define G_LOG_DOMAIN "lt-probe"

#include "config.h"

#include <dlfcn.h>
#include <errno.h>
#include <execinfo.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>

#include "lt-probe-stall.h"

#define SAMPLE_AFTER_US 6000
#define SAMPLE_EVERY_US 3000
#define DEPTH           48
#define MAX_SAMPLES     512
#define MAX_SLOTS       8

typedef struct {
  int   depth;
  void *frames[DEPTH];
} Sample;

static Sample        current[MAX_SAMPLES];
static volatile int  n_current;
static Sample       *kept[MAX_SLOTS];
static int           n_kept[MAX_SLOTS];
static pthread_t     main_thread;
static gint64        last_tick;       /* atomic */
static int           running;         /* atomic */
static GThread      *watchdog;

static void
on_signal (int sig)
{
  int saved = errno;
  int i = n_current;

  if (i < MAX_SAMPLES)
    {
      current[i].depth = backtrace (current[i].frames, DEPTH);
      n_current = i + 1;
    }
  errno = saved;
}

static gpointer
watchdog_thread (gpointer data)
{
  gint64 last_signal = 0;

  while (g_atomic_int_get (&running))
    {
      gint64 now;
      gint64 tick;

      g_usleep (1000);
      now = g_get_monotonic_time ();
      tick = __atomic_load_n (&last_tick, __ATOMIC_ACQUIRE);
      if (now - tick > SAMPLE_AFTER_US && now - last_signal >= SAMPLE_EVERY_US)
        {
          last_signal = now;
          pthread_kill (main_thread, SIGPROF);
        }
    }

  return NULL;
}

/* On the main thread, from the probe's start. */
void
lt_probe_stall_start (void)
{
  struct sigaction action = { 0 };
  void *warm[2];

  main_thread = pthread_self ();
  /* backtrace() loads libgcc's unwinder on its first call: not in the handler */
  backtrace (warm, G_N_ELEMENTS (warm));
  action.sa_handler = on_signal;
  action.sa_flags = SA_RESTART;
  sigemptyset (&action.sa_mask);
  sigaction (SIGPROF, &action, NULL);
  __atomic_store_n (&last_tick, g_get_monotonic_time (), __ATOMIC_RELEASE);
  g_atomic_int_set (&running, 1);
  watchdog = g_thread_new ("lt-probe-stall", watchdog_thread, NULL);
}

/* The main loop ran at NOW: the stall that just ended (if any) is over. If
 * KEEP, it is the longest of its phase so far: its samples are kept in SLOT.
 * The next stall starts afresh. */
void
lt_probe_stall_tick (gint64   now,
                     gboolean keep,
                     guint    slot)
{
  int n;

  __atomic_store_n (&last_tick, now, __ATOMIC_RELEASE);
  n = n_current;
  if (keep && slot < MAX_SLOTS)
    {
      if (kept[slot] == NULL)
        kept[slot] = g_new (Sample, MAX_SAMPLES);
      memcpy (kept[slot], current, n * sizeof (Sample));
      n_kept[slot] = n;
    }
  n_current = 0;
}

static void
append_frame (GString *json,
              void    *address)
{
  Dl_info info;

  if (dladdr (address, &info) == 0 || info.dli_fname == NULL)
    {
      g_string_append_printf (json, "\"?@?+%p\"", address);
      return;
    }
  g_string_append_printf (json, "\"%s@%s+0x%" G_GINTPTR_MODIFIER "x\"",
                          info.dli_sname != NULL ? info.dli_sname : "",
                          info.dli_fname,
                          (guintptr) address - (guintptr) info.dli_fbase);
}

/* Appends SLOT's samples as a JSON array of stacks, innermost frame first
 * (the handler's own frames left out). */
void
lt_probe_stall_json (GString *json,
                     guint    slot)
{
  g_string_append_c (json, '[');
  for (int s = 0; slot < MAX_SLOTS && s < n_kept[slot]; s++)
    {
      g_string_append (json, s > 0 ? ",\n    [" : "\n    [");
      /* frames 0 and 1: on_signal and the signal trampoline */
      for (int f = 2; f < kept[slot][s].depth; f++)
        {
          if (f > 2)
            g_string_append_c (json, ',');
          /* a return address points after the call: -1 is inside it */
          append_frame (json, (char *) kept[slot][s].frames[f] - (f > 2 ? 1 : 0));
        }
      g_string_append_c (json, ']');
    }
  g_string_append_c (json, ']');
}

void
lt_probe_stall_stop (void)
{
  if (watchdog == NULL)
    return;
  g_atomic_int_set (&running, 0);
  g_thread_join (watchdog);
  watchdog = NULL;
  signal (SIGPROF, SIG_IGN);
}
