-- Schema 33: pay by the hour sorts by what a day of the posting's own hours brings (20 yuan an
-- hour for 8:00-12:00 is 80 a day), as the kiosk's cards say and matching counts it, and by a
-- standard 8 hours only when the working time names none. Postings stored before are put right.
UPDATE job SET pay_day = lingong_pay_day(pay_max, pay_unit, work_hours)
WHERE pay_unit = 'hour' AND pay_day <> lingong_pay_day(pay_max, pay_unit, work_hours);
