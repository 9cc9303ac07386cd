-- Schema 3: the staff window. Staff accounts with their lockout state (local to this terminal,
-- never synced: passwords stay on the desk that set them), and indexes the window's lists use.

CREATE TABLE staff_account (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    username TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT 'clerk',               -- clerk | admin
    password_hash TEXT NOT NULL,                      -- libsodium crypto_pwhash_str (argon2id)
    failed_count INTEGER NOT NULL DEFAULT 0,          -- wrong passwords since the last success or lock
    locked_until TEXT NOT NULL DEFAULT '',            -- RFC 3339 UTC; '' = not locked
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    last_login_at TEXT NOT NULL DEFAULT '',
    password_changed_at TEXT NOT NULL DEFAULT ''
);

CREATE INDEX worklog_at ON worklog(at);
CREATE INDEX audit_entity ON audit_log(entity, entity_id);
CREATE INDEX content_sort ON content(deleted, kind, sort_order, title);
CREATE INDEX employer_blacklisted ON employer(blacklisted, deleted);
