/* lt-error.c: the LT_ERROR domain */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-error"

#include "config.h"

#include "lt-error.h"

G_DEFINE_QUARK (lt-error-quark, lt_error)

/**
 * lt_error_is_fault:
 * @error: an error of any domain
 *
 * Returns: whether @error says the database or the machine failed (disk
 *   full, I/O, lock, a damaged file, a cancel, another domain's error)
 *   rather than a rule that one row broke: a bulk operation that refuses
 *   rows one by one stops on a fault.
 */
gboolean
lt_error_is_fault (const GError *error)
{
  g_return_val_if_fail (error != NULL, TRUE);

  if (error->domain != LT_ERROR)
    return TRUE;

  switch ((LtErrorCode) error->code)
    {
    case LT_ERROR_FAILED:
    case LT_ERROR_NEWER_DATABASE:
    case LT_ERROR_CORRUPT_DATABASE:
    case LT_ERROR_READ_ONLY:
    case LT_ERROR_DISK_FULL:
    case LT_ERROR_IO:
    case LT_ERROR_CANCELLED:
    case LT_ERROR_EMPTY_FILE:
    case LT_ERROR_DATABASE_LOCKED:
    case LT_ERROR_NOT_A_FILE:
    case LT_ERROR_DATABASE_IN_USE:
      return TRUE;

    default:
      return FALSE;
    }
}
