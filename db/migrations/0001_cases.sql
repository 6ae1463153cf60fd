-- Cases, their members and the append-only event log that sync and the dashboard read.
CREATE TABLE cases (
    id TEXT PRIMARY KEY,
    procedure TEXT NOT NULL CHECK (procedure IN ('moving_in', 'moving_out', 'intra_city_move', 'certificate_request')),
    stage TEXT NOT NULL CHECK (stage IN ('reception', 'entry', 'review', 'completion', 'sent_back', 'cancelled')),
    version INTEGER NOT NULL CHECK (version > 0),
    reference TEXT NOT NULL UNIQUE,
    queue_date TEXT NOT NULL,
    queue_number INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    sent_back_reason TEXT NOT NULL DEFAULT '',
    head_name TEXT NOT NULL DEFAULT '',
    move_date TEXT,
    previous_address TEXT NOT NULL DEFAULT '',
    new_address TEXT NOT NULL DEFAULT '',
    destination_address TEXT NOT NULL DEFAULT '',
    UNIQUE (queue_date, queue_number)
);
CREATE INDEX cases_by_stage ON cases (stage, updated_at);

CREATE TABLE persons (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    name_kana TEXT NOT NULL DEFAULT '',
    birth_date TEXT,
    sex TEXT NOT NULL CHECK (sex IN ('male', 'female')),
    relationship TEXT NOT NULL DEFAULT '',
    nationality TEXT NOT NULL DEFAULT '',
    resident_code TEXT NOT NULL DEFAULT '',
    UNIQUE (case_id, position)
);

-- seq is the local cursor; event_id is the global identity that makes pushes idempotent.
CREATE TABLE case_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL UNIQUE,
    case_id TEXT NOT NULL REFERENCES cases (id),
    case_version INTEGER NOT NULL,
    kind TEXT NOT NULL,
    from_stage TEXT,
    to_stage TEXT,
    staff_id TEXT NOT NULL,
    workstation_id TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '{}',
    UNIQUE (case_id, case_version)
);
CREATE INDEX case_events_by_case ON case_events (case_id, seq);
CREATE INDEX case_events_by_time ON case_events (occurred_at);
