-- Schema 17: why an employer's verification did not pass.
--
-- An employer's `verification` is unverified, verified or rejected (001). A clerk who refuses
-- it writes down why (the credit code does not match the licence, no licence was shown), and
-- the postings review shows that note. Cleared when the employer is verified or set back to
-- unverified. Synced as the employer's `verification_note`.
ALTER TABLE employer ADD COLUMN verification_note TEXT NOT NULL DEFAULT '';
