-- Schema 11: filtered open lists seek further.
--
-- The kiosk filters open postings by district, then by pay unit and settlement (trades have
-- their own index, job_open_occupation). With those columns right after the district, a count
-- or a short list for "this district, paid by the month, settled daily" reads only the rows it
-- returns instead of every open posting in the district.
DROP INDEX job_open_district;
CREATE INDEX job_open_district ON job(district, pay_unit, settlement, form, public_welfare,
    occupation, valid_until) WHERE status = 'published' AND deleted = 0;
