-- Schema 16: indexes a bulk load drops while it runs.
--
-- A load into an empty table (EntityStore::bulkLoad: demo data, benchmarks) drops the table's
-- indexes, writes its batches, and makes each index again at the end from its SQL, sorting the
-- keys once instead of putting every batch into pages all over the indexes. An index is listed
-- here in the transaction that drops it and leaves the list in the one that makes it again, so
-- a load cut short (the process killed) leaves it listed: opening the store makes it again.
-- Only indexes that do not enforce uniqueness are dropped: nothing may be loaded that one would
-- refuse.
CREATE TABLE deferred_index (
    name TEXT PRIMARY KEY,
    tbl TEXT NOT NULL,
    sql TEXT NOT NULL
);
