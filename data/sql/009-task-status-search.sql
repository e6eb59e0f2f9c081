-- Lettrine schema: the suivi at any size (issue 15).
--
-- A task's status is stored, no longer derived per row by every list: the
-- store recomputes it (lt_store_task_status_refresh, with the rule of
-- lt_project_rules_task_status) in the transaction of each write that can
-- change it; `lettrine-cli check` compares it with the rule. The values
-- are LtTaskStatus nicks. Existing rows get it here, by the same rule.
ALTER TABLE tasks ADD COLUMN status TEXT NOT NULL DEFAULT 'todo'
  CHECK (status IN ('todo', 'blocked', 'waiting-client', 'sent', 'done'));

-- Set-based, one statement per status in the rule's order (done, sent,
-- waiting for the client, blocked; the rest keeps the default 'todo'): a
-- correlated subquery per row took 413 s on 2,000,000 tâches.
UPDATE tasks SET status = 'done'
  WHERE (kind = 'task' AND done_on IS NOT NULL) OR (kind = 'request' AND answered_on IS NOT NULL);
UPDATE tasks SET status = 'sent' WHERE kind = 'request' AND sent_on IS NOT NULL AND answered_on IS NULL;
UPDATE tasks SET status = 'waiting-client' WHERE status = 'todo' AND id IN
  (SELECT l.to_task_id FROM task_links l JOIN tasks p ON p.id = l.from_task_id
   WHERE p.kind = 'request' AND p.answered_on IS NULL);
UPDATE tasks SET status = 'blocked' WHERE status = 'todo' AND id IN
  (SELECT l.to_task_id FROM task_links l JOIN tasks p ON p.id = l.from_task_id
   WHERE p.kind = 'task' AND p.done_on IS NULL);

-- The suivi's default view (« Non terminées », by due date) walks this
-- index in order: no sort, whatever the size. A status chosen in the
-- filter walks the second one.
CREATE INDEX tasks_open_due ON tasks (due_date, id) WHERE status <> 'done';
CREATE INDEX tasks_status_due ON tasks (status, due_date, id);

-- Search: the trigram index over the folded search key is made by 013
-- (with the intervenant), built once in the same upgrade. Databases
-- upgraded by the first version of this file have a tasks_fts of the task's
-- key alone, which 013 replaces.
