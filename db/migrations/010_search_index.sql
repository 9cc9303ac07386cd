-- Schema 10: a leaner trigram index.
--
-- 1. The index keeps no copy of the text: its content is the view job_search_body over the job
--    table (external content), so every index write is a third of what it was. It keeps no
--    positions either (detail=none): a query of three characters is one trigram and needs none;
--    a longer one asks for all its trigrams and JobRepository::search checks the candidates
--    against the text itself. FTS5 computes no ranks here, so no column sizes are kept.
--    With external content, removing a row's entries needs the row's old text: the delete and
--    update triggers pass it ('delete' command).
DROP TRIGGER job_fts_insert;
DROP TRIGGER job_fts_update;
DROP TRIGGER job_fts_delete;
DROP TABLE job_fts_vocab;
DROP TABLE job_fts;

CREATE VIEW job_search_body(rowid, body) AS
SELECT rowid, title || ' ' || occupation || ' ' || skills || ' ' || district || ' ' || address
              || ' ' || employer_name || ' ' || description || '  '
FROM job;

CREATE VIRTUAL TABLE job_fts USING fts5(body, tokenize = 'trigram', content = 'job_search_body',
    content_rowid = 'rowid', detail = none, columnsize = 0);
CREATE VIRTUAL TABLE job_fts_vocab USING fts5vocab(job_fts, 'row');

-- 2. Bulk loads and pulled pages (EntityStore::importRows, RemoteApplier) index their new rows in
--    one statement at the end. search_control.bulk now holds the first rowid of those rows (0: no
--    bulk load under way): rows from there on are not in the index yet, so the triggers leave
--    them alone; the final fill reads their text as it is by then.
UPDATE search_control SET bulk = 0;

CREATE TRIGGER job_fts_insert AFTER INSERT ON job
WHEN new.rowid < (SELECT CASE bulk WHEN 0 THEN 9223372036854775807 ELSE bulk END
                  FROM search_control WHERE id = 1) BEGIN
    INSERT INTO job_fts(rowid, body)
    VALUES (new.rowid, new.title || ' ' || new.occupation || ' ' || new.skills || ' ' || new.district
                       || ' ' || new.address || ' ' || new.employer_name || ' ' || new.description
                       || '  ');
END;

CREATE TRIGGER job_fts_delete AFTER DELETE ON job
WHEN old.rowid < (SELECT CASE bulk WHEN 0 THEN 9223372036854775807 ELSE bulk END
                  FROM search_control WHERE id = 1) BEGIN
    INSERT INTO job_fts(job_fts, rowid, body)
    VALUES ('delete', old.rowid, old.title || ' ' || old.occupation || ' ' || old.skills || ' '
                                 || old.district || ' ' || old.address || ' ' || old.employer_name
                                 || ' ' || old.description || '  ');
END;

CREATE TRIGGER job_fts_update AFTER UPDATE OF title, occupation, skills, district, address,
    employer_name, description ON job
WHEN old.rowid < (SELECT CASE bulk WHEN 0 THEN 9223372036854775807 ELSE bulk END
                  FROM search_control WHERE id = 1) BEGIN
    INSERT INTO job_fts(job_fts, rowid, body)
    VALUES ('delete', old.rowid, old.title || ' ' || old.occupation || ' ' || old.skills || ' '
                                 || old.district || ' ' || old.address || ' ' || old.employer_name
                                 || ' ' || old.description || '  ');
    INSERT INTO job_fts(rowid, body)
    VALUES (new.rowid, new.title || ' ' || new.occupation || ' ' || new.skills || ' ' || new.district
                       || ' ' || new.address || ' ' || new.employer_name || ' ' || new.description
                       || '  ');
END;

INSERT INTO job_fts(job_fts) VALUES ('rebuild');

-- 3. job_occupation (schema 1) is covered by job_open_occupation for open postings, and staff
--    lists of other statuses read few enough rows without it; every write paid for it.
DROP INDEX job_occupation;
