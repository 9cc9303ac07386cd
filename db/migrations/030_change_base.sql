-- Schema 30: a change waiting for the platform keeps the record as it stood here before the
-- change (base_data, JSON; empty for a new record, a deletion, or a record sent again whole), and
-- an edit the platform did not take keeps it too. The window then knows which fields its own edit
-- changed: sending it again puts those over the platform's version and leaves every other field
-- as the platform has it, so an edit made elsewhere meanwhile is not wiped out. Local bookkeeping
-- only: nothing of it goes on the wire.
ALTER TABLE outbox ADD COLUMN base_data TEXT NOT NULL DEFAULT '';
ALTER TABLE sync_conflict ADD COLUMN base_data TEXT NOT NULL DEFAULT '';
