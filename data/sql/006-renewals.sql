-- Lettrine schema, issue 13: a renewal's substitutive says it revalues the
-- honoraires (coefficient, from which date). One row per document drafted
-- by a renewal; the letter's text reads it when rendered.
-- (IF NOT EXISTS: a schema-2 file stamped back by hand upgrades again.)
CREATE TABLE IF NOT EXISTS document_renewals (
  document_id      INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  coefficient_ppm  INTEGER NOT NULL CHECK (coefficient_ppm > 0),
  rounding         TEXT NOT NULL DEFAULT 'cent' CHECK (rounding IN ('cent', 'euro')),
  effective_on     TEXT NOT NULL CHECK (date(effective_on, '+0 days') IS effective_on)
);
