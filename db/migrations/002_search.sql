-- Full-text job search: a trigram index over the searchable text of each job (title, occupation,
-- skills, district, address, employer name, description), kept right by triggers under insert,
-- update and delete (EntityStore::save, remove, applyRemote and importRows all write the job row).
-- The indexed text is the same concatenation the short-query LIKE path scans, so both agree.
CREATE VIRTUAL TABLE job_fts USING fts5(body, tokenize = 'trigram');

INSERT INTO job_fts(rowid, body)
SELECT rowid, title || ' ' || occupation || ' ' || skills || ' ' || district || ' ' || address
              || ' ' || employer_name || ' ' || description
FROM job;

CREATE TRIGGER job_fts_insert AFTER INSERT ON job BEGIN
    INSERT INTO job_fts(rowid, body)
    VALUES (new.rowid, new.title || ' ' || new.occupation || ' ' || new.skills || ' ' || new.district
                       || ' ' || new.address || ' ' || new.employer_name || ' ' || new.description);
END;

CREATE TRIGGER job_fts_delete AFTER DELETE ON job BEGIN
    DELETE FROM job_fts WHERE rowid = old.rowid;
END;

CREATE TRIGGER job_fts_update AFTER UPDATE OF title, occupation, skills, district, address,
    employer_name, description ON job BEGIN
    DELETE FROM job_fts WHERE rowid = old.rowid;
    INSERT INTO job_fts(rowid, body)
    VALUES (new.rowid, new.title || ' ' || new.occupation || ' ' || new.skills || ' ' || new.district
                       || ' ' || new.address || ' ' || new.employer_name || ' ' || new.description);
END;
