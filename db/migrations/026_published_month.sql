-- Schema 26: the monthly statistics count a posting in the month it was published
-- (max(published_at, created_at)); a month is a range scan of this index, also in a large store.
CREATE INDEX job_published_month ON job(max(published_at, created_at)) WHERE deleted = 0;
