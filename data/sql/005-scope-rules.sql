-- Lettrine schema, issue 13 (the documents' rules and the scope in force):
-- an avenant's line may end a recurring prestation from a date; a client
-- created without a letter in Lettrine (an imported client base) records
-- that its lettre de mission is outside the app: its date and reference.
ALTER TABLE document_lines ADD COLUMN ends_on TEXT
  CHECK (ends_on IS NULL OR date(ends_on, '+0 days') IS ends_on);
ALTER TABLE affaires ADD COLUMN letter_outside_date TEXT
  CHECK (letter_outside_date IS NULL OR date(letter_outside_date, '+0 days') IS letter_outside_date);
ALTER TABLE affaires ADD COLUMN letter_outside_reference TEXT NOT NULL DEFAULT '';
