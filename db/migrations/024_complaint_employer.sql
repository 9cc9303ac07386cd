-- Schema 24: a complaint or report can name the employer it is about (T4, T5).
--
-- Unpaid wages, a false advert, a fee asked for a job: the window records whom the matter is
-- about, so the employer's page shows how many complaints it has had and how many are open
-- before a clerk verifies or blacklists it. An additive field of the complaint entity; empty
-- when the matter is about nobody in particular (a call-back request, a question).
ALTER TABLE complaint ADD COLUMN employer_id TEXT NOT NULL DEFAULT '';
CREATE INDEX complaint_employer ON complaint(employer_id) WHERE employer_id <> '';
