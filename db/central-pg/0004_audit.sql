-- Every workstation's audit rows as they were chained there (issue 22). A row is known by its
-- hash, which covers its content and the row before it, so pushing again changes nothing and
-- a workstation whose store was made anew starts a second chain beside the first.
CREATE TABLE central_audit (
    hash TEXT PRIMARY KEY,
    prev_hash TEXT NOT NULL,
    workstation_id TEXT NOT NULL,
    seq BIGINT NOT NULL,
    at TEXT NOT NULL,
    staff_id TEXT,
    action TEXT NOT NULL,
    case_id TEXT,
    detail TEXT NOT NULL
);
CREATE INDEX central_audit_by_workstation ON central_audit (workstation_id, seq);
CREATE FUNCTION central_audit_append_only() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$ LANGUAGE plpgsql;
CREATE TRIGGER central_audit_no_change BEFORE UPDATE OR DELETE ON central_audit FOR EACH ROW EXECUTE FUNCTION central_audit_append_only();
