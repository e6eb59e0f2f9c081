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

-- The kind of mission of each prestation, which sets the professional norm
-- the letter cites: 'presentation' (NP 2300), 'review' (NP 2400),
-- 'agreed-procedures' (NP 4400), 'attestation' (NP 3100); 'social', 'tax',
-- 'legal', 'advisory' without a norme d'assurance.
ALTER TABLE prestations ADD COLUMN mission TEXT NOT NULL DEFAULT 'presentation'
  CHECK (mission IN ('presentation', 'review', 'agreed-procedures', 'attestation',
                     'social', 'tax', 'legal', 'advisory'));
-- Existing prestations: a first guess from their name and category, which
-- the cabinet checks in the catalogue (each letter names the mission and
-- its norm). Accounting work (« compta », « bilan », « comptes », « situation »)
-- stays a présentation; payroll is social; tax returns are fiscal; legal
-- secretarial work is juridique; anything else (onboarding, advice) is
-- conseil, which cites no norme d'assurance.
UPDATE prestations SET mission =
  CASE
    WHEN lower(name) LIKE '%examen limit%' THEN 'review'
    WHEN lower(name) LIKE '%proc_dures convenues%' THEN 'agreed-procedures'
    WHEN lower(name) LIKE '%attestation%' THEN 'attestation'
    WHEN lower(name) LIKE '%compta%' OR lower(name) LIKE '%bilan%' OR lower(name) LIKE '%comptes%'
         OR lower(name) LIKE '%situation%' OR lower(name) LIKE '%saisie%' THEN 'presentation'
    WHEN lower(name) LIKE '%paie%' OR lower(name) LIKE '%social%' OR lower(name) LIKE '%salari%'
         OR lower(name) LIKE '%dsn%' THEN 'social'
    WHEN lower(name) LIKE '%tva%' OR lower(name) LIKE '%fiscal%' OR lower(name) LIKE '%imp_t%'
         OR lower(name) LIKE '%cfe%' OR lower(name) LIKE '%d_claration%' THEN 'tax'
    WHEN lower(name) LIKE '%juridique%' OR lower(name) LIKE '%assembl%' OR lower(name) LIKE '%statuts%' THEN 'legal'
    WHEN category_id IN (SELECT id FROM categories WHERE lower(name) LIKE '%compta%') THEN 'presentation'
    WHEN category_id IN (SELECT id FROM categories WHERE lower(name) LIKE '%social%' OR lower(name) LIKE '%paie%') THEN 'social'
    WHEN category_id IN (SELECT id FROM categories WHERE lower(name) LIKE '%fiscal%') THEN 'tax'
    WHEN category_id IN (SELECT id FROM categories WHERE lower(name) LIKE '%juridique%') THEN 'legal'
    ELSE 'advisory'
  END;

-- The client's current exercice when it is not a regular year of twelve
-- months (a first or a long exercice): its first and last days; NULL both
-- for a regular year. The letter states its length.
ALTER TABLE affaires ADD COLUMN exercice_start TEXT
  CHECK (exercice_start IS NULL OR date(exercice_start, '+0 days') IS exercice_start);
ALTER TABLE affaires ADD COLUMN exercice_end TEXT
  CHECK (exercice_end IS NULL OR date(exercice_end, '+0 days') IS exercice_end);
