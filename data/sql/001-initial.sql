-- Lettrine schema, version 1: every table of the glossary (DESIGN.md).
-- Dates are ISO 'YYYY-MM-DD' text, timestamps ISO 8601 UTC text, money is
-- integer cents, enums are stored as their GEnum nick. Every table the user
-- edits has a revision, bumped by each update (optimistic concurrency).
-- Dates are checked with date(x, '+0 days') IS x, which also refuses 02-30.
-- search_key columns hold the accent- and case-folded text that the lists
-- search (lt_text_fold () in src/core), kept by the store on every write.

CREATE TABLE firm (
  id               INTEGER PRIMARY KEY CHECK (id = 1),
  name             TEXT NOT NULL DEFAULT '',
  legal_form       TEXT NOT NULL DEFAULT '',
  address          TEXT NOT NULL DEFAULT '',
  postal_code      TEXT NOT NULL DEFAULT '',
  city             TEXT NOT NULL DEFAULT '',
  phone            TEXT NOT NULL DEFAULT '',
  email            TEXT NOT NULL DEFAULT '',
  siren            TEXT NOT NULL DEFAULT '',
  rcs              TEXT NOT NULL DEFAULT '',
  ordre            TEXT NOT NULL DEFAULT '',
  vat_number       TEXT NOT NULL DEFAULT '',
  insurance        TEXT NOT NULL DEFAULT '',
  signatory_name   TEXT NOT NULL DEFAULT '',
  revision         INTEGER NOT NULL DEFAULT 1 CHECK (revision > 0)
);

CREATE TABLE staff (
  id               INTEGER PRIMARY KEY,
  name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
  email            TEXT NOT NULL DEFAULT '',
  weekly_hours     INTEGER NOT NULL DEFAULT 35 CHECK (weekly_hours BETWEEN 0 AND 80),
  active           INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  revision         INTEGER NOT NULL DEFAULT 1 CHECK (revision > 0)
);

CREATE TABLE affaires (
  id                   INTEGER PRIMARY KEY,
  state                TEXT NOT NULL DEFAULT 'prospect' CHECK (state IN ('prospect', 'client')),
  name                 TEXT NOT NULL CHECK (length(trim(name)) > 0),
  siren                TEXT CHECK (siren IS NULL OR (length(siren) = 9 AND siren NOT GLOB '*[^0-9]*')),
  legal_form           TEXT NOT NULL DEFAULT '',
  address              TEXT NOT NULL DEFAULT '',
  postal_code          TEXT NOT NULL DEFAULT '',
  city                 TEXT NOT NULL DEFAULT '',
  activity             TEXT NOT NULL DEFAULT '',
  fiscal_year_end      TEXT NOT NULL DEFAULT '12-31' CHECK (fiscal_year_end GLOB '[01][0-9]-[0-3][0-9]'),
  director             TEXT NOT NULL DEFAULT '',
  lcbft_identified_on  TEXT CHECK (lcbft_identified_on IS NULL OR date(lcbft_identified_on, '+0 days') IS lcbft_identified_on),
  lcbft_identified_by  INTEGER REFERENCES staff (id) ON DELETE SET NULL,
  beneficial_owner     TEXT NOT NULL DEFAULT '',
  vigilance            TEXT NOT NULL DEFAULT 'standard' CHECK (vigilance IN ('simplified', 'standard', 'reinforced')),
  search_key           TEXT NOT NULL DEFAULT '',
  created_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  revision             INTEGER NOT NULL DEFAULT 1 CHECK (revision > 0)
);
CREATE UNIQUE INDEX affaires_siren ON affaires (siren) WHERE siren IS NOT NULL;
CREATE INDEX affaires_state_name ON affaires (state, name COLLATE NOCASE);
CREATE INDEX affaires_name ON affaires (name COLLATE NOCASE);

CREATE TABLE contacts (
  id               INTEGER PRIMARY KEY,
  affaire_id       INTEGER NOT NULL REFERENCES affaires (id) ON DELETE CASCADE,
  name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
  role             TEXT NOT NULL DEFAULT '',
  email            TEXT NOT NULL DEFAULT '',
  phone            TEXT NOT NULL DEFAULT '',
  is_signatory     INTEGER NOT NULL DEFAULT 0 CHECK (is_signatory IN (0, 1)),
  revision         INTEGER NOT NULL DEFAULT 1 CHECK (revision > 0)
);
CREATE INDEX contacts_affaire ON contacts (affaire_id);
CREATE UNIQUE INDEX contacts_one_signatory ON contacts (affaire_id) WHERE is_signatory = 1;

CREATE TABLE categories (
  id               INTEGER PRIMARY KEY,
  name             TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  position         INTEGER NOT NULL DEFAULT 0,
  revision         INTEGER NOT NULL DEFAULT 1 CHECK (revision > 0)
);

-- A prestation row is one version. family_id groups the versions of one
-- prestation (the id of its first version); only one is current. Projects
-- and document lines point at the version they were built from.
CREATE TABLE prestations (
  id               INTEGER PRIMARY KEY,
  family_id        INTEGER,
  version          INTEGER NOT NULL DEFAULT 1 CHECK (version > 0),
  is_current       INTEGER NOT NULL DEFAULT 1 CHECK (is_current IN (0, 1)),
  category_id      INTEGER NOT NULL REFERENCES categories (id) ON DELETE RESTRICT,
  name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
  description      TEXT NOT NULL DEFAULT '',
  price_cents      INTEGER CHECK (price_cents IS NULL OR price_cents >= 0),
  deliverable      TEXT NOT NULL DEFAULT '',
  recurrence       TEXT NOT NULL DEFAULT 'none' CHECK (recurrence IN ('none', 'monthly', 'quarterly', 'yearly')),
  archived         INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  search_key       TEXT NOT NULL DEFAULT '',
  revision         INTEGER NOT NULL DEFAULT 1 CHECK (revision > 0)
);
CREATE INDEX prestations_category ON prestations (category_id, is_current, archived, name COLLATE NOCASE);
CREATE INDEX prestations_family ON prestations (family_id, version);

CREATE TABLE steps (
  id               INTEGER PRIMARY KEY,
  prestation_id    INTEGER NOT NULL REFERENCES prestations (id) ON DELETE CASCADE,
  kind             TEXT NOT NULL DEFAULT 'task' CHECK (kind IN ('task', 'request')),
  title            TEXT NOT NULL CHECK (length(trim(title)) > 0),
  description      TEXT NOT NULL DEFAULT '',
  delay_days       INTEGER CHECK (delay_days IS NULL OR delay_days >= 0),
  position         INTEGER NOT NULL DEFAULT 0,
  x                REAL NOT NULL DEFAULT 0,
  y                REAL NOT NULL DEFAULT 0,
  revision         INTEGER NOT NULL DEFAULT 1 CHECK (revision > 0)
);
CREATE INDEX steps_prestation ON steps (prestation_id, position);

CREATE TABLE step_links (
  id               INTEGER PRIMARY KEY,
  from_step_id     INTEGER NOT NULL REFERENCES steps (id) ON DELETE CASCADE,
  to_step_id       INTEGER NOT NULL REFERENCES steps (id) ON DELETE CASCADE,
  lag_days         INTEGER NOT NULL DEFAULT 0 CHECK (lag_days >= 0),
  revision         INTEGER NOT NULL DEFAULT 1 CHECK (revision > 0),
  CHECK (from_step_id <> to_step_id),
  UNIQUE (from_step_id, to_step_id)
);
CREATE INDEX step_links_to ON step_links (to_step_id);

CREATE TABLE terms (
  id               INTEGER PRIMARY KEY,
  version          TEXT NOT NULL UNIQUE CHECK (length(trim(version)) > 0),
  effective_on     TEXT NOT NULL CHECK (date(effective_on, '+0 days') IS effective_on),
  body             TEXT NOT NULL DEFAULT '',
  created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  revision         INTEGER NOT NULL DEFAULT 1 CHECK (revision > 0)
);

CREATE TABLE documents (
  id               INTEGER PRIMARY KEY,
  affaire_id       INTEGER NOT NULL REFERENCES affaires (id) ON DELETE CASCADE,
  kind             TEXT NOT NULL CHECK (kind IN ('offre-de-service', 'lettre-de-mission', 'avenant',
                                                 'lettre-de-mission-substitutive', 'bon-d-intervention')),
  state            TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'sent', 'signed', 'refused', 'replaced')),
  title            TEXT NOT NULL DEFAULT '',
  terms_id         INTEGER REFERENCES terms (id) ON DELETE RESTRICT,
  parent_id        INTEGER REFERENCES documents (id) ON DELETE SET NULL,
  replaced_by_id   INTEGER REFERENCES documents (id) ON DELETE RESTRICT,
  created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  sent_on          TEXT CHECK (sent_on IS NULL OR date(sent_on, '+0 days') IS sent_on),
  signed_on        TEXT CHECK (signed_on IS NULL OR date(signed_on, '+0 days') IS signed_on),
  refused_on       TEXT CHECK (refused_on IS NULL OR date(refused_on, '+0 days') IS refused_on),
  pdf              BLOB,
  pdf_sha256       TEXT,
  revision         INTEGER NOT NULL DEFAULT 1 CHECK (revision > 0),
  CHECK (parent_id IS NULL OR parent_id <> id),
  CHECK ((replaced_by_id IS NULL) = (state <> 'replaced')),
  CHECK ((pdf IS NULL) = (pdf_sha256 IS NULL))
);
CREATE INDEX documents_affaire ON documents (affaire_id, created_at);
CREATE INDEX documents_parent ON documents (parent_id);
CREATE INDEX documents_replaced_by ON documents (replaced_by_id);

CREATE TABLE document_lines (
  id               INTEGER PRIMARY KEY,
  document_id      INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  position         INTEGER NOT NULL DEFAULT 0,
  prestation_id    INTEGER REFERENCES prestations (id) ON DELETE RESTRICT,
  label            TEXT NOT NULL CHECK (length(trim(label)) > 0),
  price_cents      INTEGER NOT NULL CHECK (price_cents >= 0),
  recurrence       TEXT NOT NULL DEFAULT 'none' CHECK (recurrence IN ('none', 'monthly', 'quarterly', 'yearly')),
  revision         INTEGER NOT NULL DEFAULT 1 CHECK (revision > 0)
);
CREATE INDEX document_lines_document ON document_lines (document_id, position);
CREATE INDEX document_lines_prestation ON document_lines (prestation_id);

CREATE TABLE projects (
  id               INTEGER PRIMARY KEY,
  affaire_id       INTEGER NOT NULL REFERENCES affaires (id) ON DELETE CASCADE,
  name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
  start_date       TEXT NOT NULL CHECK (date(start_date, '+0 days') IS start_date),
  end_date         TEXT NOT NULL CHECK (date(end_date, '+0 days') IS end_date),
  staff_id         INTEGER REFERENCES staff (id) ON DELETE RESTRICT,
  generated        INTEGER NOT NULL DEFAULT 0 CHECK (generated IN (0, 1)),
  created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  revision         INTEGER NOT NULL DEFAULT 1 CHECK (revision > 0),
  CHECK (end_date >= start_date)
);
CREATE INDEX projects_affaire ON projects (affaire_id);

CREATE TABLE assignments (
  id               INTEGER PRIMARY KEY,
  project_id       INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  prestation_id    INTEGER NOT NULL REFERENCES prestations (id) ON DELETE RESTRICT,
  start_date       TEXT NOT NULL CHECK (date(start_date, '+0 days') IS start_date),
  end_date         TEXT NOT NULL CHECK (date(end_date, '+0 days') IS end_date),
  price_cents      INTEGER NOT NULL CHECK (price_cents > 0),
  revision         INTEGER NOT NULL DEFAULT 1 CHECK (revision > 0),
  CHECK (end_date >= start_date)
);
CREATE INDEX assignments_project ON assignments (project_id);
CREATE INDEX assignments_prestation ON assignments (prestation_id);

-- A task of the suivi: a tâche (kind 'task') or a demande d'information sent
-- to the client (kind 'request'). Its status is derived (see LtTaskStatus):
-- done_on for a tâche, sent_on / answered_on for a demande; blocked and
-- waiting follow from task_links.
CREATE TABLE tasks (
  id               INTEGER PRIMARY KEY,
  affaire_id       INTEGER NOT NULL REFERENCES affaires (id) ON DELETE CASCADE,
  project_id       INTEGER REFERENCES projects (id) ON DELETE CASCADE,
  assignment_id    INTEGER REFERENCES assignments (id) ON DELETE CASCADE,
  step_id          INTEGER REFERENCES steps (id) ON DELETE SET NULL,
  kind             TEXT NOT NULL DEFAULT 'task' CHECK (kind IN ('task', 'request')),
  title            TEXT NOT NULL CHECK (length(trim(title)) > 0),
  period           TEXT NOT NULL DEFAULT '',
  staff_id         INTEGER REFERENCES staff (id) ON DELETE SET NULL,
  delay_days       INTEGER CHECK (delay_days IS NULL OR delay_days >= 0),
  start_date       TEXT NOT NULL CHECK (date(start_date, '+0 days') IS start_date),
  due_date         TEXT NOT NULL CHECK (date(due_date, '+0 days') IS due_date),
  done_on          TEXT CHECK (done_on IS NULL OR date(done_on, '+0 days') IS done_on),
  sent_on          TEXT CHECK (sent_on IS NULL OR date(sent_on, '+0 days') IS sent_on),
  answered_on      TEXT CHECK (answered_on IS NULL OR date(answered_on, '+0 days') IS answered_on),
  search_key       TEXT NOT NULL DEFAULT '',
  revision         INTEGER NOT NULL DEFAULT 1 CHECK (revision > 0),
  CHECK (due_date >= start_date),
  CHECK (kind = 'request' OR (sent_on IS NULL AND answered_on IS NULL)),
  CHECK (kind = 'task' OR done_on IS NULL)
);
CREATE INDEX tasks_due ON tasks (due_date, id);
CREATE INDEX tasks_affaire_due ON tasks (affaire_id, due_date);
CREATE INDEX tasks_staff_due ON tasks (staff_id, due_date);
CREATE INDEX tasks_project ON tasks (project_id);
CREATE INDEX tasks_assignment ON tasks (assignment_id);

CREATE TABLE task_links (
  id               INTEGER PRIMARY KEY,
  from_task_id     INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
  to_task_id       INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
  lag_days         INTEGER NOT NULL DEFAULT 0 CHECK (lag_days >= 0),
  CHECK (from_task_id <> to_task_id),
  UNIQUE (from_task_id, to_task_id)
);
CREATE INDEX task_links_to ON task_links (to_task_id);

-- The cabinet's one row, always present (LtStore reads and updates it).
INSERT INTO firm (id) VALUES (1);
