-- Faster job lists and bulk loads.
--
-- 1. Open postings are listed newest first, by pay or by start date, filtered by district, trade,
--    pay unit, settlement, form and public welfare. Partial covering indexes over the open rows
--    let a page and its capped count be read from the index alone, in the order asked for
--    (JobRepository's ORDER BY lists every index column, then rowid, so the order is total).
CREATE INDEX job_open_newest ON job(created_at, district, occupation, pay_unit, settlement,
    form, public_welfare, valid_until) WHERE status = 'published' AND deleted = 0;
CREATE INDEX job_open_pay ON job(pay_day, created_at, district, occupation, pay_unit,
    settlement, form, public_welfare, valid_until) WHERE status = 'published' AND deleted = 0;
CREATE INDEX job_open_start ON job(start_date, created_at DESC, district, occupation, pay_unit,
    settlement, form, public_welfare, valid_until) WHERE status = 'published' AND deleted = 0;
-- Capped counts seek on the trade or the district and read the rest from the index.
CREATE INDEX job_open_district ON job(district, occupation, pay_unit, settlement, form,
    public_welfare, valid_until) WHERE status = 'published' AND deleted = 0;
CREATE INDEX job_open_occupation ON job(occupation, district, pay_unit, settlement, form,
    public_welfare, valid_until, headcount) WHERE status = 'published' AND deleted = 0;
DROP INDEX job_open;

-- 2. Bulk loads (EntityStore::importRows) fill the trigram index with one INSERT ... SELECT per
--    batch instead of one trigger call per row; while search_control.bulk is 1 the insert trigger
--    stands aside. Every other write still goes through the triggers of migration 002.
CREATE TABLE search_control (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    bulk INTEGER NOT NULL DEFAULT 0
);
INSERT INTO search_control(id, bulk) VALUES (1, 0);

-- 3. One- and two-character queries are expanded through the index's vocabulary into the
--    trigrams that start with them (JobRepository::search). The indexed text ends with two spaces
--    so that an occurrence in the last two characters also starts a trigram.
CREATE VIRTUAL TABLE job_fts_vocab USING fts5vocab(job_fts, 'row');

DROP TRIGGER job_fts_insert;
DROP TRIGGER job_fts_update;
CREATE TRIGGER job_fts_insert AFTER INSERT ON job
WHEN (SELECT bulk FROM search_control WHERE id = 1) = 0 BEGIN
    INSERT INTO job_fts(rowid, body)
    VALUES (new.rowid, new.title || ' ' || new.occupation || ' ' || new.skills || ' ' || new.district
                       || ' ' || new.address || ' ' || new.employer_name || ' ' || new.description
                       || '  ');
END;
CREATE TRIGGER job_fts_update AFTER UPDATE OF title, occupation, skills, district, address,
    employer_name, description ON job BEGIN
    DELETE FROM job_fts WHERE rowid = old.rowid;
    INSERT INTO job_fts(rowid, body)
    VALUES (new.rowid, new.title || ' ' || new.occupation || ' ' || new.skills || ' ' || new.district
                       || ' ' || new.address || ' ' || new.employer_name || ' ' || new.description
                       || '  ');
END;

DELETE FROM job_fts;
INSERT INTO job_fts(rowid, body)
SELECT rowid, title || ' ' || occupation || ' ' || skills || ' ' || district || ' ' || address
              || ' ' || employer_name || ' ' || description || '  '
FROM job;
