-- Lettrine schema, issue 14: links across prestations.
-- (IF NOT EXISTS: a database stamped back to an older version upgrades again.)

-- The catalogue's rule: step to_step_id (of one prestation) waits on
-- from_step_id (of another) whenever both prestations are assigned in the
-- same project. Steps of one prestation are linked in step_links instead.
CREATE TABLE IF NOT EXISTS step_cross_links (
  id               INTEGER PRIMARY KEY,
  from_step_id     INTEGER NOT NULL REFERENCES steps (id) ON DELETE CASCADE,
  to_step_id       INTEGER NOT NULL REFERENCES steps (id) ON DELETE CASCADE,
  lag_days         INTEGER NOT NULL DEFAULT 0 CHECK (lag_days >= 0),
  CHECK (from_step_id <> to_step_id),
  UNIQUE (from_step_id, to_step_id)
);
CREATE INDEX IF NOT EXISTS step_cross_links_to ON step_cross_links (to_step_id);

-- Links a project adds between the steps of its assigned prestations
-- (the project editor's « Liens entre prestations »), saved with it.
CREATE TABLE IF NOT EXISTS project_step_links (
  id               INTEGER PRIMARY KEY,
  project_id       INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  from_step_id     INTEGER NOT NULL REFERENCES steps (id) ON DELETE CASCADE,
  to_step_id       INTEGER NOT NULL REFERENCES steps (id) ON DELETE CASCADE,
  lag_days         INTEGER NOT NULL DEFAULT 0 CHECK (lag_days >= 0),
  CHECK (from_step_id <> to_step_id),
  UNIQUE (project_id, from_step_id, to_step_id)
);
