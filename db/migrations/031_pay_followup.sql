-- Schema 31: after a hire (到岗), whether the work was finished and paid for, as the person or the
-- employer told the window (回访): pay_settled is 'settled' or 'unsettled' ('' before anybody
-- asked), pay_checked_at when that was last recorded (UTC). A hire whose pay is not settled is
-- what the hall follows up against wage arrears.
ALTER TABLE application ADD COLUMN pay_settled TEXT NOT NULL DEFAULT '';
ALTER TABLE application ADD COLUMN pay_checked_at TEXT NOT NULL DEFAULT '';
