-- The central version a pushed change builds on. Empty for an ordinary change (its case
-- version minus one); set when the clerk settles a conflict, whose change builds on the
-- version the central store held when the clerk chose.
ALTER TABLE outbox ADD COLUMN expected_version INTEGER;
