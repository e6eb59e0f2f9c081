-- Lettrine schema: a task's title names its period in French, whatever the
-- locale of the process that planned it (issue 14's follow-up). Titles
-- planned under another locale read « … — November 2027 », « … — Q3 2027 »,
-- « … — fiscal year ended 30/06/2027 »; planned in French, a quarter read
-- « … — T3 2027 ». They become « novembre 2027 », « 3e trimestre 2027 »,
-- « exercice clos le 30/06/2027 », the words of lt_schedule_period_to_french,
-- which is also what a demande's mail says. The search key follows (the
-- trigram index through its trigger).
WITH months (mm, en, fr) AS (
  VALUES ('01', 'January', 'janvier'), ('02', 'February', 'février'), ('03', 'March', 'mars'),
         ('04', 'April', 'avril'), ('05', 'May', 'mai'), ('06', 'June', 'juin'),
         ('07', 'July', 'juillet'), ('08', 'August', 'août'), ('09', 'September', 'septembre'),
         ('10', 'October', 'octobre'), ('11', 'November', 'novembre'), ('12', 'December', 'décembre')
),
quarter_letters (letter) AS (VALUES ('Q'), ('T')),
forms (id, old_words, new_words) AS (
  SELECT t.id, m.en || ' ' || substr (t.period, 1, 4), m.fr || ' ' || substr (t.period, 1, 4)
  FROM tasks t JOIN months m ON m.mm = substr (t.period, 6, 2)
  WHERE t.period GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'
  UNION ALL
  SELECT t.id, q.letter || substr (t.period, 7, 1) || ' ' || substr (t.period, 1, 4),
         substr (t.period, 7, 1) || (CASE substr (t.period, 7, 1) WHEN '1' THEN 'er' ELSE 'e' END)
           || ' trimestre ' || substr (t.period, 1, 4)
  FROM tasks t, quarter_letters q
  WHERE t.period GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'
  UNION ALL
  SELECT t.id,
         'fiscal year ended ' || substr (t.period, 9, 2) || '/' || substr (t.period, 6, 2) || '/' || substr (t.period, 1, 4),
         'exercice clos le ' || substr (t.period, 9, 2) || '/' || substr (t.period, 6, 2) || '/' || substr (t.period, 1, 4)
  FROM tasks t
  WHERE t.period GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
)
UPDATE tasks
SET title = substr (tasks.title, 1, length (tasks.title) - length (f.old_words)) || f.new_words,
    search_key = replace (tasks.search_key, lt_fold (f.old_words), lt_fold (f.new_words))
FROM forms f
WHERE f.id = tasks.id AND substr (tasks.title, -length (' — ' || f.old_words)) = ' — ' || f.old_words;
