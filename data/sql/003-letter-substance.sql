-- Lettrine schema, version 3 (issue 12, the substance of the letter).
--
-- LCB-FT vigilance: a level « not-assessed » for an affaire whose level was
-- never chosen; nothing is sent or signed while it is so. The column's CHECK
-- cannot be altered in place and the table cannot be rebuilt here (foreign
-- keys are on inside the migration's transaction, and dropping affaires
-- would cascade to its contacts and documents): the column is renamed, a new
-- one added, filled, and the old one dropped.
--
-- Which existing affaires become « not assessed »: version 1 stored
-- 'standard' by default, so a chosen « standard » cannot be told from an
-- untouched one. An affaire still at 'standard' whose LCB-FT identification
-- was never recorded cannot have had its level assessed (the level follows
-- the identification): it becomes 'not-assessed'. Every other affaire keeps
-- its level (identified ones, and any level other than the default).
ALTER TABLE affaires RENAME COLUMN vigilance TO vigilance_v2;
ALTER TABLE affaires ADD COLUMN vigilance TEXT NOT NULL DEFAULT 'not-assessed'
  CHECK (vigilance IN ('not-assessed', 'simplified', 'standard', 'reinforced'));
UPDATE affaires SET vigilance =
  CASE WHEN vigilance_v2 = 'standard' AND lcbft_identified_on IS NULL THEN 'not-assessed'
       ELSE vigilance_v2 END;
ALTER TABLE affaires DROP COLUMN vigilance_v2;

-- Consumer clients (a natural person or a non-professional, e.g. an SCI
-- familiale): their letters follow the Code de la consommation.
ALTER TABLE affaires ADD COLUMN consumer INTEGER NOT NULL DEFAULT 0 CHECK (consumer IN (0, 1));

-- The médiateur de la consommation of the cabinet (C. consom. L616-1,
-- R616-1: its name, its coordinates and its website), named in every letter
-- to a consumer.
ALTER TABLE firm ADD COLUMN mediator_name TEXT NOT NULL DEFAULT '';
ALTER TABLE firm ADD COLUMN mediator_address TEXT NOT NULL DEFAULT '';
ALTER TABLE firm ADD COLUMN mediator_website TEXT NOT NULL DEFAULT '';
