-- Schema 1: every entity of the requirement catalogue, plus the sync bookkeeping.
-- Synced entities share: id (lowercase UUID), version (local edit counter), server_seq (the
-- platform sequence number last seen for this row; 0 = never synced), created_at, modified_at
-- (RFC 3339 UTC), origin (device that made the last change) and deleted (tombstone flag).

CREATE TABLE employer (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'enterprise',          -- enterprise | individual | household | organisation
    credit_code TEXT NOT NULL DEFAULT '',             -- unified social credit code (GB 32100)
    contact_name TEXT NOT NULL DEFAULT '',
    contact_phone TEXT NOT NULL DEFAULT '',
    district TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    verification TEXT NOT NULL DEFAULT 'unverified',  -- unverified | verified | rejected
    verified_at TEXT NOT NULL DEFAULT '',
    blacklisted INTEGER NOT NULL DEFAULT 0,
    blacklist_reason TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    server_seq INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    origin TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX employer_name ON employer(name);
CREATE INDEX employer_credit ON employer(credit_code);

CREATE TABLE job (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    occupation TEXT NOT NULL,
    industry TEXT NOT NULL DEFAULT '',
    skills TEXT NOT NULL DEFAULT '',
    district TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    work_hours TEXT NOT NULL DEFAULT '',
    pay_min REAL NOT NULL DEFAULT 0,
    pay_max REAL NOT NULL DEFAULT 0,
    pay_unit TEXT NOT NULL DEFAULT 'day',             -- hour | day | piece | month | project
    pay_day REAL NOT NULL DEFAULT 0,                  -- pay_max normalised to a day, for sorting
    settlement TEXT NOT NULL DEFAULT 'daily',         -- daily | weekly | monthly | on_completion
    form TEXT NOT NULL DEFAULT 'temporary',           -- part_time | temporary | seasonal
    headcount INTEGER NOT NULL DEFAULT 1,
    start_date TEXT NOT NULL DEFAULT '',
    valid_until TEXT NOT NULL DEFAULT '',
    employer_id TEXT NOT NULL DEFAULT '',             -- may name an employer not yet received
    employer_name TEXT NOT NULL DEFAULT '',
    contact_name TEXT NOT NULL DEFAULT '',
    contact_phone TEXT NOT NULL DEFAULT '',
    public_welfare INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'pending_review',    -- pending_review | published | filled | withdrawn | expired
    description TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT 'staff',             -- staff | kiosk | platform | demo
    published_at TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    server_seq INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    origin TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX job_open ON job(status, deleted, valid_until);
CREATE INDEX job_occupation ON job(occupation, status);
CREATE INDEX job_created ON job(created_at);
CREATE INDEX job_employer ON job(employer_id);

CREATE TABLE seeker (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    id_number TEXT NOT NULL DEFAULT '',               -- resident ID; emptied on kiosks once synced (S5)
    id_hash TEXT NOT NULL DEFAULT '',                 -- keyed hash of the normalised ID, for lookup
    id_tail TEXT NOT NULL DEFAULT '',                 -- first 4 and last 4 characters, for masked display
    gender TEXT NOT NULL DEFAULT '',                  -- male | female | '' (derived from the ID)
    birth_date TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    education TEXT NOT NULL DEFAULT '',
    skills TEXT NOT NULL DEFAULT '',
    wanted_occupations TEXT NOT NULL DEFAULT '[]',    -- JSON array of occupation names
    wanted_districts TEXT NOT NULL DEFAULT '[]',      -- JSON array of district names
    availability TEXT NOT NULL DEFAULT 'now',         -- now | this_week | weekends | later
    expected_pay_min REAL NOT NULL DEFAULT 0,
    expected_pay_unit TEXT NOT NULL DEFAULT 'day',
    training_wishes TEXT NOT NULL DEFAULT '[]',       -- JSON array
    business_interest INTEGER NOT NULL DEFAULT 0,
    difficulties TEXT NOT NULL DEFAULT '[]',          -- JSON array: long_unemployed | low_income | disability | older | other
    tier TEXT NOT NULL DEFAULT 'normal',              -- normal | priority (困难零工人员)
    consent_at TEXT NOT NULL DEFAULT '',              -- when the person agreed to the processing (S5)
    source TEXT NOT NULL DEFAULT 'staff',             -- staff | kiosk | platform | demo
    notes TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    server_seq INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    origin TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX seeker_id_hash ON seeker(id_hash);
CREATE INDEX seeker_phone ON seeker(phone);
CREATE INDEX seeker_name ON seeker(name);

-- Applications (应聘报名 from a kiosk) and matches (staff recommendations) share one table: both
-- are a seeker-job pairing that moves through the same outcomes (M1).
CREATE TABLE application (
    id TEXT PRIMARY KEY,
    job_id TEXT NOT NULL,
    seeker_id TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    confirmation_no TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL DEFAULT 'kiosk',            -- kiosk | staff | platform
    status TEXT NOT NULL DEFAULT 'applied',           -- applied | recommended | interviewed | hired | not_hired | no_show | cancelled
    applied_at TEXT NOT NULL DEFAULT '',
    recommended_at TEXT NOT NULL DEFAULT '',
    interviewed_at TEXT NOT NULL DEFAULT '',
    outcome_at TEXT NOT NULL DEFAULT '',
    staff TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    server_seq INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    origin TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX application_job ON application(job_id);
CREATE INDEX application_seeker ON application(seeker_id);
CREATE INDEX application_status ON application(status, created_at);
CREATE UNIQUE INDEX application_confirmation ON application(confirmation_no) WHERE confirmation_no <> '';

-- Tiered-service records for 困难 seekers (S4): guidance, recommendation, training referral.
CREATE TABLE service_record (
    id TEXT PRIMARY KEY,
    seeker_id TEXT NOT NULL,
    kind TEXT NOT NULL,                               -- guidance | recommendation | training
    at TEXT NOT NULL,
    staff TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    server_seq INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    origin TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX service_record_seeker ON service_record(seeker_id);

-- Published content shown on kiosks and the wall: policies, trainings, training institutions,
-- entrepreneurship services, notices (urgent ones take over the wall), rights channels and the
-- market's own directory entry (L4).
CREATE TABLE content (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,                               -- policy | training | institution | business | notice | urgent | rights | market
    title TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    extra TEXT NOT NULL DEFAULT '{}',                 -- JSON: kind-specific fields (phone, address, dates, ...)
    valid_from TEXT NOT NULL DEFAULT '',
    valid_until TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    server_seq INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    origin TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX content_kind ON content(kind, deleted, sort_order);

-- Work-log ledger 工作日志台账 (L1).
CREATE TABLE worklog (
    id TEXT PRIMARY KEY,
    at TEXT NOT NULL,
    day TEXT NOT NULL,                                -- hall-local date YYYY-MM-DD
    kind TEXT NOT NULL,                               -- registration | posting | review | match | hire | consultation | enquiry | complaint | training | other
    summary TEXT NOT NULL DEFAULT '',
    staff TEXT NOT NULL DEFAULT '',
    ref_entity TEXT NOT NULL DEFAULT '',
    ref_id TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    server_seq INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    origin TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX worklog_day ON worklog(day, kind);

-- Complaints and requests with an owner and a deadline (T5: 首问负责、限时办结).
CREATE TABLE complaint (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL DEFAULT 'callback',            -- complaint | callback | report | request
    category TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    deadline TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open',              -- open | closed
    resolution TEXT NOT NULL DEFAULT '',
    closed_at TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    server_seq INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    origin TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX complaint_status ON complaint(status, deadline);

-- Reference lists (J5): data, editable, not synced.
CREATE TABLE industry (
    name TEXT PRIMARY KEY,
    name_en TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE occupation (
    name TEXT PRIMARY KEY,
    name_en TEXT NOT NULL DEFAULT '',
    industry TEXT NOT NULL DEFAULT '',
    icon TEXT NOT NULL DEFAULT '',
    pay_unit TEXT NOT NULL DEFAULT 'day',
    kind TEXT NOT NULL DEFAULT 'traditional',         -- traditional | new
    sort_order INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1
);

-- Audit log of staff actions (who, what, when). Local, append-only.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL DEFAULT '',
    entity_id TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_at ON audit_log(at);

-- Sync: changes made here, waiting for the platform (oldest first).
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    change_id TEXT NOT NULL UNIQUE,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    op TEXT NOT NULL,                                 -- upsert | delete
    base_seq INTEGER NOT NULL DEFAULT 0,
    modified_at TEXT NOT NULL,
    origin TEXT NOT NULL,
    data TEXT NOT NULL DEFAULT '',                    -- JSON of the whole entity for upsert
    state TEXT NOT NULL DEFAULT 'pending',            -- pending | rejected
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX outbox_state ON outbox(state, seq);
CREATE INDEX outbox_entity ON outbox(entity, entity_id);

-- Sync: key/value state (pull cursor, device id, last success, last error).
CREATE TABLE sync_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Sync: local edits the platform refused as superseded, kept for staff to see and resolve.
CREATE TABLE sync_conflict (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    change_id TEXT NOT NULL UNIQUE,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    op TEXT NOT NULL,
    base_seq INTEGER NOT NULL DEFAULT 0,
    server_seq INTEGER NOT NULL DEFAULT 0,
    local_data TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    resolved_at TEXT NOT NULL DEFAULT '',
    resolution TEXT NOT NULL DEFAULT ''
);
