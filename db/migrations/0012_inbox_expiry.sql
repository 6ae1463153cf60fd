-- When a pre-entry in the inbox stops being valid (its code's exp): one that never reached the
-- counter is removed a grace period after that (RetentionService), not while the resident may
-- still come. Rows from before this migration have none and go by their arrival.
ALTER TABLE preentry_inbox ADD COLUMN expires_at TEXT;
