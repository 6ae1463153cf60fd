-- Staff accounts with roles, sign-in throttling counters, and the audit log.
CREATE TABLE staff (
    id TEXT PRIMARY KEY,
    login TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    last_failed_at TEXT,
    created_at TEXT NOT NULL
);

CREATE TABLE staff_roles (
    staff_id TEXT NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('clerk', 'reviewer', 'supervisor', 'admin')),
    PRIMARY KEY (staff_id, role)
);

-- Ids and keys only: names, addresses and other personal data never enter this table.
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    staff_id TEXT,
    workstation_id TEXT NOT NULL,
    action TEXT NOT NULL,
    case_id TEXT,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_by_case ON audit_log (case_id, seq);
