-- Schema 20: following merged seekers cheaply.
--
-- After each sync round a service window looks for what it recorded for seekers merged away
-- elsewhere (schema 19): the few records that took others in, and the ledger entries that refer
-- to a seeker, are found by index instead of by reading the whole tables.
CREATE INDEX seeker_merged ON seeker(id) WHERE merged_ids != '[]' AND deleted = 0;
CREATE INDEX worklog_ref ON worklog(ref_entity, ref_id);
