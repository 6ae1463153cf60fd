-- The central store on PostgreSQL: the same tables as db/central, in PostgreSQL's words.
-- seq is the cursor other workstations pull from; pushes take a transaction-scoped
-- advisory lock, so seq values become visible in the order they were given out.
CREATE TABLE central_cases (
    case_id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    snapshot TEXT NOT NULL,
    workstation_id TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE central_events (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
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
