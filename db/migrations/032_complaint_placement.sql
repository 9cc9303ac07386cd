-- Schema 32: a complaint about unpaid wages taken down from a placement (a hire followed up as not
-- paid) names that placement, so that every window shows the complaint already open for it
-- rather than offer to take it down again. Empty for every other complaint.
ALTER TABLE complaint ADD COLUMN application_id TEXT NOT NULL DEFAULT '';
CREATE INDEX complaint_application ON complaint(application_id) WHERE application_id <> '';
