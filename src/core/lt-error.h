/* lt-error.h: LT_ERROR, one code per rule a user can break */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define LT_ERROR (lt_error_quark ())

/* Messages are built where the rule is checked, with _(), and say what is
 * wrong and how to fix it. Each part appends to its own block. */
typedef enum {
  LT_ERROR_FAILED,

  /* store (issue 3) */
  LT_ERROR_CONFLICT,           /* someone else wrote first (revision) */
  LT_ERROR_NOT_FOUND,
  LT_ERROR_NEWER_DATABASE,     /* user_version above what we know: read-only */
  LT_ERROR_CORRUPT_DATABASE,   /* not SQLite, or damaged */
  LT_ERROR_READ_ONLY,
  LT_ERROR_DISK_FULL,
  LT_ERROR_CONSTRAINT,         /* a CHECK / FOREIGN KEY / UNIQUE the rules should have caught */
  LT_ERROR_IO,
  LT_ERROR_INVALID_HOURS,      /* weekly hours outside 0–80 */
  LT_ERROR_NEGATIVE_DELAY,     /* a délai or lag below zero */

  /* core validation (issue 3) */
  LT_ERROR_NAME_REQUIRED,
  LT_ERROR_INVALID_SIREN,
  LT_ERROR_INVALID_SIRET,
  LT_ERROR_DUPLICATE_SIREN,
  LT_ERROR_INVALID_DATE,
  LT_ERROR_INVALID_AMOUNT,
  LT_ERROR_NEGATIVE_PRICE,
  LT_ERROR_END_BEFORE_START,
  LT_ERROR_INVALID_COEFFICIENT,
  LT_ERROR_INVALID_EMAIL,

  /* catalogue and graph (issue 4) */
  LT_ERROR_CATEGORY_NOT_EMPTY,
  LT_ERROR_SELF_LINK,
  LT_ERROR_DUPLICATE_LINK,
  LT_ERROR_CYCLE,
  LT_ERROR_INVALID_DEPENDENCY,
  LT_ERROR_UNKNOWN_STEP,

  /* documents (issue 5) */
  LT_ERROR_KIND_NOT_ALLOWED,
  LT_ERROR_INVALID_TRANSITION,
  LT_ERROR_NOT_A_DRAFT,
  LT_ERROR_LCBFT_MISSING,
  LT_ERROR_NO_LETTER,
  LT_ERROR_IMPORT,
  LT_ERROR_NO_LINES,           /* a document sent without any line */
  LT_ERROR_CANCELLED,          /* a long operation stopped by the user */

  /* PDF (issue 6) */
  LT_ERROR_CONTENT_MISSING,
  LT_ERROR_PDF_TAMPERED,
  LT_ERROR_RENDER,

  /* projects and tasks (issue 7) */
  LT_ERROR_PRICE_REQUIRED,
  LT_ERROR_DATE_AFTER_PROJECT_END,
  LT_ERROR_DATE_BEFORE_PROJECT_START,
  LT_ERROR_NOT_A_CLIENT,
  LT_ERROR_TASK_BLOCKED,
  LT_ERROR_STAFF_INACTIVE,
  LT_ERROR_ALREADY_GENERATED,

  /* opening the database file (issue 10) */
  LT_ERROR_EMPTY_FILE,         /* a 0-byte file not named as a new database */
  LT_ERROR_DATABASE_LOCKED,    /* another program kept it locked past the busy timeout */
  LT_ERROR_NOT_A_FILE,         /* a folder, a device… where a database file was expected */
  /* backups (issue 10, backups) */
  LT_ERROR_NOT_A_BACKUP,       /* a file to restore that is not a Lettrine database */
  LT_ERROR_DATABASE_IN_USE,    /* a restore while the application has the database open */
  /* every refusal (issue 10, refusals) */
  LT_ERROR_CONTROL_CHARACTER,  /* a control character in a name or text */
  LT_ERROR_SEARCH_TOO_LONG,
  LT_ERROR_DATE_OUT_OF_RANGE,  /* outside LT_VALIDATE_FIRST_YEAR–LAST_YEAR */
  LT_ERROR_DATE_IN_FUTURE,     /* something done, dated after today */
  LT_ERROR_DATE_TOO_EARLY,     /* before what it follows (sent → answered) */
  LT_ERROR_SECOND_SIGNATORY,
  LT_ERROR_TEXT_TOO_LONG,
  /* --- issue 13, document rules and scope --- */
  LT_ERROR_LINE_KIND,          /* a line the document's kind may not carry (one-off on an avenant…) */
  LT_ERROR_SCOPE_DUPLICATE,    /* a second recurring line in force for one prestation */
  LT_ERROR_NOT_IN_SCOPE,       /* an avenant ends a prestation that is not in the scope in force */
  LT_ERROR_CLIENT_WITHOUT_LETTER, /* a client with no letter signed, in Lettrine or outside */
  /* --- issue 13, renewal and documents view --- */
  LT_ERROR_RENEWAL_DRAFT_EXISTS,   /* a client renewed again while its substitutive draft waits */
  LT_ERROR_NOTHING_TO_RENEW,       /* every recurring line left out (archived prestations) */
  /* --- issue 14, demandes that reach the client (mail) --- */
  LT_ERROR_MAIL_NO_RECIPIENT,       /* no contact of the affaire has an e-mail address */
  LT_ERROR_MAIL_NO_SENDER,          /* the cabinet has no e-mail address to send from */
  LT_ERROR_MAIL_NOT_CONFIGURED,     /* sending directly without an SMTP server set */
  LT_ERROR_MAIL_NO_PASSWORD,        /* neither the keyring nor LETTRINE_SMTP_PASSWORD has it */
  LT_ERROR_MAIL_LOGIN_REFUSED,      /* the server refused the user or password */
  LT_ERROR_MAIL_RECIPIENT_REFUSED,  /* the server refused the address */
  LT_ERROR_MAIL_SERVER_UNREACHABLE, /* no server at that host and port, or TLS failed */
  LT_ERROR_MAIL_FAILED,             /* any other refusal of the server */
  LT_ERROR_MAIL_UNCONFIRMED,        /* a sending began and was never confirmed: « à vérifier » */
  LT_ERROR_MAIL_ALREADY_SENT,
  /* --- issue 12, the substance of the letter --- */
  LT_ERROR_EXERCICE_INVALID,   /* the current exercice's dates do not make one */
  /* --- issue 14, projects that stay editable --- */
  LT_ERROR_STAFF_REQUIRED,      /* a project without intervenant */
  LT_ERROR_ASSIGNMENT_STARTED,  /* a prestation removed from a project while one of its tasks is done */
  LT_ERROR_PRESTATION_TWICE,    /* one prestation assigned twice over the same days (a warning: confirm or --force) */
  /* --- issue 14, links across prestations --- */
  LT_ERROR_CROSS_LINK_CYCLE,        /* links across prestations that go round in a circle */
  LT_ERROR_CROSS_LINK_SAME_PRESTATION, /* a link across prestations between steps of one */
} LtErrorCode;

GQuark   lt_error_quark    (void);
gboolean lt_error_is_fault (const GError *error);

G_END_DECLS
