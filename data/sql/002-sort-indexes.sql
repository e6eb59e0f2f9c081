-- Lettrine schema, version 2: the affaires list sorts by its folded name
-- (search_key) and the catalogue by the prestation's: an index each, so the
-- first rows of a sorted list come without sorting the whole table.
CREATE INDEX affaires_search_key ON affaires (search_key, id);
CREATE INDEX affaires_state_search_key ON affaires (state, search_key, id);
