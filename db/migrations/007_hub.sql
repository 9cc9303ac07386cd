-- Schema 7: the hub's change log (the server side of sync-protocol.md; used by `--mode hub`).
--
-- hub_change holds every applied change in the order the hub accepted it; seq is the protocol's
-- server sequence number and the pull cursor. AUTOINCREMENT so a seq is never handed out twice,
-- even after the newest rows were deleted.
CREATE TABLE hub_change (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    change_id TEXT NOT NULL UNIQUE,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    op TEXT NOT NULL,                                -- upsert | delete
    base_seq INTEGER NOT NULL DEFAULT 0,
    modified_at TEXT NOT NULL DEFAULT '',            -- origin's clock, as sent
    origin TEXT NOT NULL DEFAULT '',
    data TEXT NOT NULL DEFAULT '',                   -- compact JSON object; '' for delete
    received_at TEXT NOT NULL,                       -- hub clock, RFC 3339 UTC
    device_id TEXT NOT NULL DEFAULT ''               -- the pushing token's device ('' = platform)
);
-- The current seq of one entity: the last applied change for it.
CREATE INDEX hub_change_entity ON hub_change(entity, entity_id, seq);

-- The outcome of every change ever pushed, so a resent change gets the same answer.
CREATE TABLE hub_receipt (
    change_id TEXT PRIMARY KEY,
    status TEXT NOT NULL,                            -- applied | superseded | rejected
    seq INTEGER NOT NULL DEFAULT 0,                  -- applied: its seq; superseded: the winner's
    error TEXT NOT NULL DEFAULT '',                  -- rejected: the error object as JSON
    received_at TEXT NOT NULL,
    device_id TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
