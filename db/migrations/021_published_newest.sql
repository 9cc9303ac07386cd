-- Schema 21: the postings made public most recently.
--
-- The wall screen announces the newest postings by when they were published, not when they were
-- written: one that waited in review over a weekend is news on the day it is approved. A posting
-- that came without a publication time (the sync contract does not require one) counts from when
-- it was written. The open postings are walked in that order by index, newest first.
CREATE INDEX job_published_newest ON job(max(published_at, created_at))
    WHERE status = 'published' AND deleted = 0;
