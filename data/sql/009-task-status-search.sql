-- Lettrine schema: the suivi at any size (issue 15).
--
-- A task's status is stored, no longer derived per row by every list: the
-- store recomputes it (lt_store_task_status_refresh, with the rule of
-- lt_project_rules_task_status) in the transaction of each write that can
-- change it; `lettrine-cli check` compares it with the rule. The values
-- are LtTaskStatus nicks. Existing rows get it here, by the same rule.
ALTER TABLE tasks ADD COLUMN status TEXT NOT NULL DEFAULT 'todo'
  CHECK (status IN ('todo', 'blocked', 'waiting-client', 'sent', 'done'));

UPDATE tasks AS t SET status = CASE
  WHEN (t.kind = 'task' AND t.done_on IS NOT NULL) OR (t.kind = 'request' AND t.answered_on IS NOT NULL) THEN 'done'
  WHEN t.kind = 'request' AND t.sent_on IS NOT NULL THEN 'sent'
  WHEN EXISTS (SELECT 1 FROM task_links l JOIN tasks p ON p.id = l.from_task_id
               WHERE l.to_task_id = t.id AND p.kind = 'request' AND p.answered_on IS NULL) THEN 'waiting-client'
  WHEN EXISTS (SELECT 1 FROM task_links l JOIN tasks p ON p.id = l.from_task_id
               WHERE l.to_task_id = t.id AND p.kind = 'task' AND p.done_on IS NULL) THEN 'blocked'
  ELSE 'todo' END;

-- The suivi's default view (« Non terminées », by due date) walks this
-- index in order: no sort, whatever the size. A status chosen in the
-- filter walks the second one.
CREATE INDEX tasks_open_due ON tasks (due_date, id) WHERE status <> 'done';
CREATE INDEX tasks_status_due ON tasks (status, due_date, id);

-- Search: a trigram index over the folded search key (title, client,
-- prestation) that the store writes, kept in sync with the table by the
-- triggers below. Words of 3 characters or more go through it; shorter
-- ones are looked for by a scan of search_key (trigrams need 3).
CREATE VIRTUAL TABLE tasks_fts USING fts5 (search_key, content = 'tasks', content_rowid = 'id',
                                           tokenize = 'trigram');
INSERT INTO tasks_fts (tasks_fts) VALUES ('rebuild');

CREATE TRIGGER tasks_fts_insert AFTER INSERT ON tasks BEGIN
  INSERT INTO tasks_fts (rowid, search_key) VALUES (new.id, new.search_key);
END;
CREATE TRIGGER tasks_fts_delete AFTER DELETE ON tasks BEGIN
  INSERT INTO tasks_fts (tasks_fts, rowid, search_key) VALUES ('delete', old.id, old.search_key);
END;
CREATE TRIGGER tasks_fts_update AFTER UPDATE OF search_key ON tasks BEGIN
  INSERT INTO tasks_fts (tasks_fts, rowid, search_key) VALUES ('delete', old.id, old.search_key);
  INSERT INTO tasks_fts (rowid, search_key) VALUES (new.id, new.search_key);
END;
