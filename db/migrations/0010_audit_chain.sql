-- The audit log as a hash chain (issue 22): each row carries the SHA-256 of the row before it
-- and of its own content with that, so a row changed, removed or slipped in shows at the
-- first place the chain breaks (madoguchi-cli audit verify). Rows written before this
-- migration keep empty hashes and stand before the chain.
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN hash TEXT NOT NULL DEFAULT '';
