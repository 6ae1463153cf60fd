-- The moving-out certificate read for a case, and the findings of comparing it with what
-- the resident entered. Both hold personal data and stay in the local store; events
-- carry only field names and counts.
CREATE TABLE case_certificates (
    case_id TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    certificate TEXT NOT NULL,  -- TransferOutCertificate JSON (CONTRACTS.md section 2)
    image BLOB,                 -- the page as read (JPEG), for the boxes on the review screen
    read_at TEXT NOT NULL,
    staff_id TEXT NOT NULL
);

CREATE TABLE case_findings (
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    field TEXT NOT NULL,
    open INTEGER NOT NULL,      -- 1 while a mismatch or missing value waits for the clerk
    body TEXT NOT NULL,         -- the finding with its resolution, as JSON
    PRIMARY KEY (case_id, position)
);
CREATE INDEX case_findings_open ON case_findings (case_id) WHERE open = 1;
