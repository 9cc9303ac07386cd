-- Schema 19: where a seeker's merged-away records went.
--
-- A clerk merges the records of a person registered more than once into the oldest one. That
-- record lists the ids it took in (`merged_ids`, a JSON array, synced as an additive field of the
-- seeker): a terminal that recorded something for one of them before it heard of the merge moves
-- it across after its next pull, and a window opening such an id opens the record it went to.
ALTER TABLE seeker ADD COLUMN merged_ids TEXT NOT NULL DEFAULT '[]';
