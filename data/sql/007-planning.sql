-- Lettrine schema, version 7 (issue 14, planning): what the dates are computed from.
--
-- A step's délai may be counted from the end of its chain's period (the
-- comptes annuels N working days after the clôture) rather than from its
-- start; the first steps of a yearly chain are counted so whatever this says.
ALTER TABLE steps ADD COLUMN from_period_end INTEGER NOT NULL DEFAULT 0 CHECK (from_period_end IN (0, 1));

-- A demande is « à envoyer » until the day it is planned to go out; sent_on
-- is only written once it really went. Demandes written before this
-- version were dated sent on the day their project was saved: they keep it.
ALTER TABLE tasks ADD COLUMN send_on TEXT CHECK (send_on IS NULL OR date(send_on, '+0 days') IS send_on);
UPDATE tasks SET send_on = start_date WHERE kind = 'request';
CREATE INDEX tasks_requests_to_send ON tasks (send_on, id) WHERE kind = 'request' AND sent_on IS NULL AND answered_on IS NULL;

-- Alsace-Moselle: Vendredi saint and 26 décembre are public holidays there.
ALTER TABLE firm ADD COLUMN alsace_moselle INTEGER NOT NULL DEFAULT 0 CHECK (alsace_moselle IN (0, 1));
