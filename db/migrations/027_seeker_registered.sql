-- Schema 27: the monthly statistics count the seekers registered in a month (created_at), those
-- deleted since at their own request too, but not the records merged into another, which the
-- records kept list in merged_ids. A month is a range scan of the first index; the records that
-- took others in are read from the second alone.
CREATE INDEX seeker_registered ON seeker(created_at);
CREATE INDEX seeker_merging ON seeker(id, merged_ids) WHERE merged_ids <> '[]';
