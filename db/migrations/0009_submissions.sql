-- An approved change on its way to the records system. The row is written with the
-- approval, in its transaction, so no approval is ever lost; it keeps the receipt once the
-- records system accepted the change, or the last error while it has not.
CREATE TABLE case_submissions (
    case_id TEXT PRIMARY KEY REFERENCES cases(id),
    status TEXT NOT NULL CHECK (status IN ('pending', 'submitted')),
    receipt_no TEXT NOT NULL DEFAULT '',
    accepted_at TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    approved_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX case_submissions_waiting ON case_submissions (status, approved_at);
