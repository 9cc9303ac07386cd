-- Schema 14: one index of open postings' keys instead of one per order.
--
-- Open lists are sorted in memory (OpenJobIndex, schema 12), which loads the sort keys and filter
-- columns of every open posting once per process. The indexes kept in pay and start order
-- (schema 6) served lists sorted by SQL, which only a list inside a transaction still is; every
-- write of a posting paid for them. They go. The newest order's index takes the pay and the
-- start date as well, so it holds every column OpenJobIndex loads: the load reads that index
-- alone instead of looking up each posting's row. It still gives the newest postings first
-- (JobRepository's sample of them) and the district and trade indexes stay for capped counts.
DROP INDEX job_open_pay;
DROP INDEX job_open_start;
DROP INDEX job_open_newest;
-- (status and deleted, fixed by the index's WHERE, are columns too: SQLite 3.40 reads a row for
-- any column of the query's WHERE that the index does not hold.)
CREATE INDEX job_open_newest ON job(created_at, district, occupation, pay_unit, settlement, form,
    public_welfare, valid_until, pay_day, start_date, status, deleted)
    WHERE status = 'published' AND deleted = 0;
