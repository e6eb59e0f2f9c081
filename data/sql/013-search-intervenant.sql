-- Lettrine schema: the suivi's search finds a tâche by its intervenant too
-- (issue 15).
--
-- staff.search_key is the folded name (lt_text_fold, written by the store;
-- lt_fold () here is the same function, registered on the connection).
ALTER TABLE staff ADD COLUMN search_key TEXT NOT NULL DEFAULT '';
UPDATE staff SET search_key = lt_fold (name);

-- The trigram index has two columns: the task's own key (title, client,
-- prestation) and its intervenant's. Its content is the view below, so
-- that 'rebuild' and 'integrity-check' read both; the triggers keep it in
-- step with the tasks (written, deleted, reassigned) and with the staff
-- (renamed, deleted: its tasks lose their intervenant by ON DELETE SET
-- NULL). An FTS5 'delete' must be given the values indexed, hence the old
-- name looked up before the staff row changes.
DROP TRIGGER IF EXISTS tasks_fts_insert;
DROP TRIGGER IF EXISTS tasks_fts_delete;
DROP TRIGGER IF EXISTS tasks_fts_update;
DROP TABLE IF EXISTS tasks_fts;

CREATE VIEW tasks_fts_content AS
  SELECT t.id AS id, t.search_key AS search_key, coalesce (s.search_key, '') AS staff_key
  FROM tasks t LEFT JOIN staff s ON s.id = t.staff_id;

CREATE VIRTUAL TABLE tasks_fts USING fts5 (search_key, staff_key, content = 'tasks_fts_content',
                                           content_rowid = 'id', tokenize = 'trigram');
INSERT INTO tasks_fts (tasks_fts) VALUES ('rebuild');

CREATE TRIGGER tasks_fts_insert AFTER INSERT ON tasks BEGIN
  INSERT INTO tasks_fts (rowid, search_key, staff_key)
    VALUES (new.id, new.search_key, coalesce ((SELECT search_key FROM staff WHERE id = new.staff_id), ''));
END;
CREATE TRIGGER tasks_fts_delete AFTER DELETE ON tasks BEGIN
  INSERT INTO tasks_fts (tasks_fts, rowid, search_key, staff_key)
    VALUES ('delete', old.id, old.search_key, coalesce ((SELECT search_key FROM staff WHERE id = old.staff_id), ''));
END;
CREATE TRIGGER tasks_fts_update AFTER UPDATE OF search_key, staff_id ON tasks BEGIN
  INSERT INTO tasks_fts (tasks_fts, rowid, search_key, staff_key)
    VALUES ('delete', old.id, old.search_key, coalesce ((SELECT search_key FROM staff WHERE id = old.staff_id), ''));
  INSERT INTO tasks_fts (rowid, search_key, staff_key)
    VALUES (new.id, new.search_key, coalesce ((SELECT search_key FROM staff WHERE id = new.staff_id), ''));
END;
CREATE TRIGGER tasks_fts_staff_rename AFTER UPDATE OF search_key ON staff
WHEN old.search_key IS NOT new.search_key BEGIN
  INSERT INTO tasks_fts (tasks_fts, rowid, search_key, staff_key)
    SELECT 'delete', t.id, t.search_key, old.search_key FROM tasks t WHERE t.staff_id = old.id;
  INSERT INTO tasks_fts (rowid, search_key, staff_key)
    SELECT t.id, t.search_key, new.search_key FROM tasks t WHERE t.staff_id = new.id;
END;
-- before the row goes: its tasks are indexed without a name, which is what
-- tasks_fts_update finds once ON DELETE SET NULL has reassigned them
CREATE TRIGGER tasks_fts_staff_delete BEFORE DELETE ON staff BEGIN
  INSERT INTO tasks_fts (tasks_fts, rowid, search_key, staff_key)
    SELECT 'delete', t.id, t.search_key, old.search_key FROM tasks t WHERE t.staff_id = old.id;
  INSERT INTO tasks_fts (rowid, search_key, staff_key)
    SELECT t.id, t.search_key, '' FROM tasks t WHERE t.staff_id = old.id;
END;
