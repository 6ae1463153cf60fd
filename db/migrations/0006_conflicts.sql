-- Local changes the central store refused because another workstation changed the case
-- first: kept here, with the store's version, until the clerk chooses.
CREATE TABLE case_conflicts (
    event_id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id),
    central_version INTEGER NOT NULL,
    central_snapshot TEXT NOT NULL,
    detected_at TEXT NOT NULL
);
