-- Schema 13: the trigram index keeps positions (detail = full).
--
-- Text of four or more characters is then one phrase query: FTS5 finds the rows holding the
-- trigrams one after another, which is exactly the rows holding the text, so no candidate needs
-- its row read and tested (migration 010 kept no positions and tested every candidate). Counting
-- and ordering the hits of any text is then done on rowids alone (JobRepository::search). The
-- index grows by about a factor of three; it is still no copy of the text (external content).
-- The triggers of migration 010 write to job_fts by name and stay as they are.
DROP TABLE job_fts_vocab;
DROP TABLE job_fts;

CREATE VIRTUAL TABLE job_fts USING fts5(body, tokenize = 'trigram', content = 'job_search_body',
    content_rowid = 'rowid', detail = full, columnsize = 0);
CREATE VIRTUAL TABLE job_fts_vocab USING fts5vocab(job_fts, 'row');

INSERT INTO job_fts(job_fts) VALUES ('rebuild');
