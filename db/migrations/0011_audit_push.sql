-- The audit log leaves the workstation (issue 22): how far its rows reached the central
-- store, and the log made append-only here (a change now needs the trigger dropped first,
-- and the hash chain shows it even then).
INSERT INTO sync_state (name, value) VALUES ('audit_pushed_seq', 0);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
