-- Schema 25: mobiles taken out of records at a person's request stay out.
--
-- Deleting a person's data takes their mobile out of their applications, complaints and
-- call-back requests: each is a change that syncs. When another window changed one of them
-- meanwhile (a request closed there), that change wins at the platform and brings the mobile
-- back. The window that deleted keeps here which records it took the mobile out of, and by which
-- change: a change of these that loses drops quietly (nothing else was typed in it), and the
-- mobile is taken out again of the version that won, once it arrives. Ids only: nothing of the
-- person is kept.
CREATE TABLE phone_forgotten (
    entity TEXT NOT NULL,      -- application | complaint
    entity_id TEXT NOT NULL,
    change_id TEXT NOT NULL,   -- the outbox change that took it out; '' once it lost
    PRIMARY KEY (entity, entity_id)
);
