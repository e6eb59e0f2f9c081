/* lt-mail-scheduler.h: the demandes due mailed when the application starts and every hour while it runs */
#pragma once

#include <gtk/gtk.h>

#include "lt-context.h"

G_BEGIN_DECLS

#define LT_TYPE_MAIL_SCHEDULER (lt_mail_scheduler_get_type ())

G_DECLARE_FINAL_TYPE (LtMailScheduler, lt_mail_scheduler, LT, MAIL_SCHEDULER, GObject)

#define LT_MAIL_SCHEDULER_INTERVAL (60 * 60)   /* seconds */

/* Sends what is due now and then every @interval seconds, off the main
 * thread, when mails leave directly; the summary is a toast on @application's
 * active window. Kept alive by @application. */
LtMailScheduler *lt_mail_scheduler_attach (GtkApplication  *application,
                                           LtContext       *context,
                                           guint            interval);
/* One round now (nothing when one is running). */
void             lt_mail_scheduler_run    (LtMailScheduler *self);
/* What the last round said ("" when it said nothing), for the tests. */
const char      *lt_mail_scheduler_get_last_summary (LtMailScheduler *self);
guint            lt_mail_scheduler_get_rounds       (LtMailScheduler *self);

G_END_DECLS
