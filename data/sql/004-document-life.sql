-- Lettrine schema, version 4 (issue 12, the life of a document):
-- documents are numbered per kind and year when they are sent
-- (LM-2026-0001), without gaps; a step has the client's wording beside the
-- cabinet's; titles written in English by an English process become French.

ALTER TABLE documents ADD COLUMN number TEXT;
ALTER TABLE documents ADD COLUMN number_year INTEGER;
ALTER TABLE documents ADD COLUMN number_seq INTEGER CHECK (number_seq IS NULL OR number_seq > 0);

-- Two documents of a kind never share a rank in a year, nor a number.
CREATE UNIQUE INDEX documents_number_rank ON documents (kind, number_year, number_seq)
  WHERE number_seq IS NOT NULL;
CREATE UNIQUE INDEX documents_number ON documents (number) WHERE number IS NOT NULL;

-- Documents sent before numbering existed: numbered in order of sending
-- (then of creation) within their kind and the year they were sent.
WITH sent AS (
  SELECT id, kind,
         CAST (strftime ('%Y', COALESCE (sent_on, signed_on, refused_on, substr (created_at, 1, 10))) AS INTEGER) AS year,
         COALESCE (sent_on, signed_on, refused_on, substr (created_at, 1, 10)) AS day
  FROM documents WHERE state <> 'draft'
), ranked AS (
  SELECT id, kind, year, ROW_NUMBER () OVER (PARTITION BY kind, year ORDER BY day, id) AS seq
  FROM sent
)
UPDATE documents SET
  number_year = ranked.year,
  number_seq = ranked.seq,
  number = (CASE ranked.kind WHEN 'offre-de-service' THEN 'OS'
                             WHEN 'lettre-de-mission' THEN 'LM'
                             WHEN 'avenant' THEN 'AV'
                             WHEN 'lettre-de-mission-substitutive' THEN 'LMS'
                             ELSE 'BI' END)
           || '-' || printf ('%04d', ranked.year) || '-' || printf ('%04d', ranked.seq)
FROM ranked WHERE ranked.id = documents.id;

-- The title is part of the letter: French, whatever the language of the
-- process that drafted it.
UPDATE documents SET title = 'Offre de service' WHERE kind = 'offre-de-service' AND title = 'Service offer';
UPDATE documents SET title = 'Lettre de mission' WHERE kind = 'lettre-de-mission' AND title = 'Engagement letter';
UPDATE documents SET title = 'Avenant' WHERE kind = 'avenant' AND title = 'Amendment';
UPDATE documents SET title = 'Lettre de mission substitutive'
  WHERE kind = 'lettre-de-mission-substitutive' AND title = 'Replacement engagement letter';
UPDATE documents SET title = 'Bon d’intervention' WHERE kind = 'bon-d-intervention' AND title = 'Work order';

-- « Demander les statuts » for the cabinet, « Transmettre les statuts » for
-- the client; empty: derived from the cabinet's wording (lt-step-wording.c).
ALTER TABLE steps ADD COLUMN client_title TEXT NOT NULL DEFAULT '';
