-- Schema 15: the trigram index gathers up to 64 MiB of new terms before it writes them out.
--
-- FTS5 keeps the terms of the rows written in a transaction in memory and writes them to the
-- index as one segment at commit, or earlier whenever they pass its hash size, 1 MiB by default.
-- A bulk load fills the index with a batch of thousands of postings in one statement
-- (EntityStore::importRows, migration 010): at 1 MiB that made a dozen small segments per batch,
-- which FTS5 then merged again and again while the load went on. At 64 MiB a batch is one
-- segment. Single postings and small syncs write far less than 1 MiB and are not affected.
INSERT INTO job_fts(job_fts, rank) VALUES ('hashsize', 67108864);
