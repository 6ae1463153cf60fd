-- The central store shared by every workstation: each case as it stands after its latest
-- accepted change, and every accepted event in the order the store accepted it (seq is the
-- cursor other workstations pull from).
CREATE TABLE central_cases (
    case_id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    snapshot TEXT NOT NULL,
    workstation_id TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE central_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL UNIQUE,
    case_id TEXT NOT NULL,
    case_version INTEGER NOT NULL,
    kind TEXT NOT NULL,
    from_stage TEXT,
    to_stage TEXT,
    staff_id TEXT NOT NULL,
    workstation_id TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    detail TEXT NOT NULL,
    snapshot TEXT NOT NULL
);
CREATE INDEX central_events_case ON central_events (case_id, case_version);
