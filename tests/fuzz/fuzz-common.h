/* fuzz-common.h: what every libFuzzer target of Lettrine shares */
#pragma once

#include <glib.h>
#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* A property that must hold for every input: a failure is a crash for
 * libFuzzer, which saves the input. */
#define FUZZ_ASSERT(cond) \
  G_STMT_START { \
    if (G_UNLIKELY (!(cond))) \
      { \
        g_printerr ("%s:%d: property failed: %s\n", __FILE__, __LINE__, #cond); \
        abort (); \
      } \
  } G_STMT_END

/* Criticals and warnings are bugs too (the tests run with fatal-criticals). */
static inline void
fuzz_init_glib (void)
{
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING | G_LOG_FATAL_MASK);
  g_setenv ("LANG", "C.UTF-8", TRUE);
}

/* The input as a NUL-terminated string (it may hold NULs of its own,
 * which end it early, as they would end a C string typed by a user). */
static inline char *
fuzz_dup_string (const uint8_t *data,
                 size_t         size)
{
  return g_strndup ((const char *) data, size);
}
