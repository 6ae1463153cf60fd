-- madoguchi: foreign_keys off
-- Cases opened at other workstations arrive by sync with the queue numbers their counter
-- gave out, so a queue number is unique per day and issuing workstation (queue_origin),
-- no longer per day alone. SQLite cannot drop a table constraint: the table is rebuilt as
-- https://sqlite.org/lang_altertable.html#otheralter describes, with foreign keys off
-- (the runner turns them off around this file and checks them before it commits).
CREATE TABLE cases_rebuilt (
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
    preentry_id TEXT,
    applicant TEXT NOT NULL DEFAULT '{}',
    certificates TEXT NOT NULL DEFAULT '[]',
    answers TEXT NOT NULL DEFAULT '{}',
    queue_origin TEXT NOT NULL DEFAULT '',
    UNIQUE (queue_date, queue_origin, queue_number)
);
INSERT INTO cases_rebuilt (id, procedure, stage, version, reference, queue_date, queue_number, created_at,
    updated_at, sent_back_reason, head_name, move_date, previous_address, new_address, destination_address,
    preentry_id, applicant, certificates, answers)
SELECT id, procedure, stage, version, reference, queue_date, queue_number, created_at, updated_at,
    sent_back_reason, head_name, move_date, previous_address, new_address, destination_address, preentry_id,
    applicant, certificates, answers FROM cases;
DROP TABLE cases;
ALTER TABLE cases_rebuilt RENAME TO cases;
CREATE INDEX cases_by_stage ON cases (stage, updated_at);
CREATE UNIQUE INDEX cases_by_preentry ON cases (preentry_id) WHERE preentry_id IS NOT NULL;
