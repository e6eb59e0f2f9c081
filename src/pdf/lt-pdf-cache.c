/* lt-pdf-cache.c: per thread, the Pango context of the renders and the layouts they shaped */
/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Shaping and breaking the text into lines is a good third of a render,
 * and the letters of a cabinet share most of their paragraphs (the
 * clauses, the general conditions, the annexes): a render keeps the
 * layouts it made, by their markup, font, width and alignment, for the
 * next render on the same thread, which reuses them instead of shaping
 * the same text again. A layout belongs to the Pango context it was made
 * in: each thread has one context, made once with the settings of every
 * render (72 dpi, no hinting, French), so that a reused layout is exactly
 * the one a fresh render would make — the PDF comes out byte for byte the
 * same. Nothing here is shared between threads (Pango's font map is per
 * thread too); the cache is dropped whole when it grows past a bound,
 * and with its thread. */

#define G_LOG_DOMAIN "lt-pdf-cache"

#include "config.h"

#include "lt-pdf-layout-private.h"

/* layouts kept per thread: a few letters' worth of distinct paragraphs */
#define MAX_LAYOUTS 2000

typedef struct {
  PangoContext *context;
  GHashTable   *layouts;      /* key → PangoLayout */
  GHashTable   *blank_widths; /* "font|char" → width */
} ThreadCache;

static void
thread_cache_free (gpointer data)
{
  ThreadCache *cache = data;

  g_hash_table_unref (cache->layouts);
  g_hash_table_unref (cache->blank_widths);
  g_object_unref (cache->context);
  g_free (cache);
}

static GPrivate thread_cache = G_PRIVATE_INIT (thread_cache_free);

static ThreadCache *
get_cache (cairo_t *cr)
{
  ThreadCache *cache = g_private_get (&thread_cache);
  cairo_font_options_t *options;

  if (cache != NULL)
    return cache;

  cache = g_new0 (ThreadCache, 1);
  cache->context = pango_cairo_create_context (cr);
  pango_cairo_context_set_resolution (cache->context, 72.0);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (cache->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_language (cache->context, pango_language_from_string ("fr-fr"));
  cache->layouts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  cache->blank_widths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_private_set (&thread_cache, cache);

  return cache;
}

void
lt_pdf_cache_begin (LtPdfLayout *self,
                    cairo_t     *cr)
{
  ThreadCache *cache = get_cache (cr);

  g_set_object (&self->context, cache->context);
  g_clear_pointer (&self->blank_widths, g_hash_table_unref);
  self->blank_widths = g_hash_table_ref (cache->blank_widths);
}

static char *
layout_key (const char *markup,
            const char *font,
            double      width,
            LtPdfAlign  align)
{
  return g_strdup_printf ("%s\x1f%.4f\x1f%d\x1f%s", font, width, (int) align, markup);
}

PangoLayout *
lt_pdf_cache_lookup (const char *markup,
                     const char *font,
                     double      width,
                     LtPdfAlign  align)
{
  ThreadCache *cache = g_private_get (&thread_cache);
  g_autofree char *key = NULL;
  PangoLayout *layout;

  if (cache == NULL)
    return NULL;
  key = layout_key (markup, font, width, align);
  layout = g_hash_table_lookup (cache->layouts, key);

  return layout != NULL ? g_object_ref (layout) : NULL;
}

void
lt_pdf_cache_insert (const char  *markup,
                     const char  *font,
                     double       width,
                     LtPdfAlign   align,
                     PangoLayout *layout)
{
  ThreadCache *cache = g_private_get (&thread_cache);

  if (cache == NULL || pango_layout_get_context (layout) != cache->context)
    return;
  if (g_hash_table_size (cache->layouts) >= MAX_LAYOUTS)
    g_hash_table_remove_all (cache->layouts);
  g_hash_table_replace (cache->layouts, layout_key (markup, font, width, align), g_object_ref (layout));
}

void
lt_pdf_layout_drop_cache (void)
{
  ThreadCache *cache = g_private_get (&thread_cache);

  if (cache != NULL)
    {
      g_hash_table_remove_all (cache->layouts);
      g_hash_table_remove_all (cache->blank_widths);
    }
}
