-- Schema 18: finding people registered more than once.
--
-- The service window lists live seekers whose ID number (its keyed hash) is on more than one
-- live record: the same person registered at two terminals before they synced. The list is
-- asked for whenever the seekers page refreshes; this index answers it from the index alone.
CREATE INDEX seeker_live_id_hash ON seeker(id_hash, deleted) WHERE deleted = 0 AND id_hash != '';
