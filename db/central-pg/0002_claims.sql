-- Who works on a case now. One row per case: the primary key makes a claim exclusive
-- across every workstation; an expired claim may be taken over.
CREATE TABLE central_claims (
    case_id TEXT PRIMARY KEY,
    staff_id TEXT NOT NULL,
    workstation_id TEXT NOT NULL,
    claimed_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX central_claims_by_staff ON central_claims (staff_id, workstation_id);
