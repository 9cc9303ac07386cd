-- Schema 23: seekers' lists put the postings made public last first.
--
-- A posting counts as new from when it was published, not when it was written: one that waited
-- in review over a weekend comes first on the day it is approved, at the kiosk as on the wall
-- screen (schema 21). A posting that came without a publication time counts from when it was
-- written. The index of open postings' keys (schema 14) takes that time as its first column, so
-- it still holds every column OpenJobIndex loads and walks the open postings newest first; the
-- wall screen's index of schema 21 is the same walk and goes. A new publication time changes a
-- posting's place in the lists, so it is logged for OpenJobIndex like the other keys.
DROP INDEX job_open_newest;
DROP INDEX job_published_newest;
CREATE INDEX job_open_newest ON job(max(published_at, created_at), district, occupation, pay_unit,
    settlement, form, public_welfare, valid_until, pay_day, start_date, status, deleted)
    WHERE status = 'published' AND deleted = 0;
DROP TRIGGER job_change_update;
CREATE TRIGGER job_change_update AFTER UPDATE OF status, deleted, valid_until, created_at,
    published_at, pay_day, start_date, district, occupation, pay_unit, settlement, form,
    public_welfare ON job BEGIN
    INSERT INTO job_change(job) VALUES (new.rowid);
END;
