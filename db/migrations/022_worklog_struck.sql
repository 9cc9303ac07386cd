-- Schema 22: a ledger entry typed by hand can be struck out.
--
-- The ledger is a record: an entry is never changed or deleted. One typed by hand in error (the
-- wrong kind, a mistyped matter) is struck out with the reason, by whom and when; it stays on
-- the list, marked, and leaves the day's counts. Additive fields of the worklog entity.
ALTER TABLE worklog ADD COLUMN struck_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE worklog ADD COLUMN struck_by TEXT NOT NULL DEFAULT '';
ALTER TABLE worklog ADD COLUMN struck_at TEXT NOT NULL DEFAULT '';
