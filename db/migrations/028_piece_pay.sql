-- Schema 28: pay by the piece has no daily equivalent (a piece may be a carton carried for 2 yuan
-- or an appliance fitted for 100), so it sorts with pay by the project, after the pay a day can
-- be told of. Postings stored with a day of 100 pieces are put right.
UPDATE job SET pay_day = 0 WHERE pay_unit = 'piece';
