-- The outbox: every event with the case as it stood after it, written in the same
-- transaction as the change, so the sync engine can send exactly what happened even
-- after a crash. The cursors say how far pushing and pulling got.
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY REFERENCES case_events(seq),
    snapshot TEXT NOT NULL
);

CREATE TABLE sync_state (
    name TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
INSERT INTO sync_state (name, value) VALUES ('pushed_seq', 0);
INSERT INTO sync_state (name, value) VALUES ('pulled_cursor', 0);
