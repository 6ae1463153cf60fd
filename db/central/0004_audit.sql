-- Every workstation's audit rows as they were chained there (issue 22). A row is known by its
-- hash, which covers its content and the row before it, so pushing again changes nothing and
-- a workstation whose store was made anew starts a second chain beside the first.
CREATE TABLE central_audit (
    hash TEXT PRIMARY KEY,
    prev_hash TEXT NOT NULL,
    workstation_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    at TEXT NOT NULL,
    staff_id TEXT,
    action TEXT NOT NULL,
    case_id TEXT,
    detail TEXT NOT NULL
);
CREATE INDEX central_audit_by_workstation ON central_audit (workstation_id, seq);
CREATE TRIGGER central_audit_no_update BEFORE UPDATE ON central_audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER central_audit_no_delete BEFORE DELETE ON central_audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
