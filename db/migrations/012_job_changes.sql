-- Schema 12: a log of changed postings, for the in-memory index of open postings.
--
-- OpenJobIndex keeps the sort keys and filter columns of every open posting in memory and brings
-- itself up to date from this log: each row names a job rowid whose keys may have changed (an
-- insert, an update of a keyed column, a delete), or, as a negative number, the first rowid of a
-- bulk load (EntityStore::importRows, RemoteApplier), whose rows are not logged one by one. The
-- log is read by every connection, so changes made by another thread or program are seen too.
-- seq only grows (AUTOINCREMENT): a reader that finds the log trimmed past its position reloads.
CREATE TABLE job_change (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    job INTEGER NOT NULL
);

CREATE TRIGGER job_change_insert AFTER INSERT ON job
WHEN new.rowid < (SELECT CASE bulk WHEN 0 THEN 9223372036854775807 ELSE bulk END
                  FROM search_control WHERE id = 1) BEGIN
    INSERT INTO job_change(job) VALUES (new.rowid);
END;

CREATE TRIGGER job_change_delete AFTER DELETE ON job BEGIN
    INSERT INTO job_change(job) VALUES (old.rowid);
END;

CREATE TRIGGER job_change_update AFTER UPDATE OF status, deleted, valid_until, created_at, pay_day,
    start_date, district, occupation, pay_unit, settlement, form, public_welfare ON job BEGIN
    INSERT INTO job_change(job) VALUES (new.rowid);
END;
