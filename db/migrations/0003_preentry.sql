-- Cases opened from a pre-entry QR: the pre-entry id makes a second scan reopen the
-- case instead of opening another. The inbox holds signed pre-entries delivered over
-- the closed government network for codes that carry only the id.
ALTER TABLE cases ADD COLUMN preentry_id TEXT;
CREATE UNIQUE INDEX cases_by_preentry ON cases (preentry_id) WHERE preentry_id IS NOT NULL;
ALTER TABLE cases ADD COLUMN applicant TEXT NOT NULL DEFAULT '{}';
ALTER TABLE cases ADD COLUMN certificates TEXT NOT NULL DEFAULT '[]';
ALTER TABLE cases ADD COLUMN answers TEXT NOT NULL DEFAULT '{}';

CREATE TABLE preentry_inbox (
    id TEXT PRIMARY KEY,
    signed BLOB NOT NULL,
    kid TEXT NOT NULL,
    received_at TEXT NOT NULL
);
