-- Lettrine schema, issue 14: demandes that reach the client by e-mail.
-- (IF NOT EXISTS: a database stamped back to an older version upgrades again.)
-- How mails leave the cabinet (one row, id 1). The SMTP password is never
-- here: it is in the keyring (libsecret).
CREATE TABLE IF NOT EXISTS mail_settings (
  id               INTEGER PRIMARY KEY CHECK (id = 1),
  mode             TEXT NOT NULL DEFAULT 'application' CHECK (mode IN ('application', 'smtp')),
  smtp_host        TEXT NOT NULL DEFAULT '',
  smtp_port        INTEGER NOT NULL DEFAULT 587 CHECK (smtp_port BETWEEN 1 AND 65535),
  smtp_security    TEXT NOT NULL DEFAULT 'starttls' CHECK (smtp_security IN ('starttls', 'tls', 'none')),
  smtp_user        TEXT NOT NULL DEFAULT '',
  from_address     TEXT NOT NULL DEFAULT '',
  revision         INTEGER NOT NULL DEFAULT 1 CHECK (revision > 0)
);

-- The mail of each demande, at most one: the intent is written (state
-- 'sending', with its Message-ID) before the server is asked, and becomes
-- 'sent' once it accepted. A 'sending' row found later was never confirmed:
-- it is « à vérifier », never sent again blindly. A mail composed in the
-- user's own application has no Message-ID of ours.
CREATE TABLE IF NOT EXISTS request_mails (
  id               INTEGER PRIMARY KEY,
  task_id          INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
  state            TEXT NOT NULL CHECK (state IN ('sending', 'sent')),
  message_id       TEXT UNIQUE,
  recipient        TEXT NOT NULL,
  began_at         TEXT NOT NULL,
  sent_on          TEXT CHECK (sent_on IS NULL OR date(sent_on, '+0 days') IS sent_on),
  CHECK (state = 'sending' OR sent_on IS NOT NULL),
  CHECK (state = 'sent' OR message_id IS NOT NULL)
);
CREATE UNIQUE INDEX IF NOT EXISTS request_mails_once ON request_mails (task_id);
