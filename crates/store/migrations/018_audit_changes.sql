-- The audit log says what changed: each entry keeps the rows its transaction wrote
-- (`changes`, JSON: table, operation, values before and after, bank details and secrets
-- masked) and the customer it concerns (`customer_id`), so the journal page and a
-- customer's history filter without reading every entry.
--
-- The hash chain covers the new columns from here on: `chain_version` 2 hashes them,
-- the entries written before this migration keep version 1 and the hash they had
-- (crates/store/src/chain.rs). A version changed by hand changes what is hashed, so
-- `check` finds it as it finds any other edit.
ALTER TABLE audit_log ADD COLUMN chain_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE audit_log ADD COLUMN changes TEXT;
ALTER TABLE audit_log ADD COLUMN customer_id INTEGER;

-- The page's filters, each answered newest first from its own index.
CREATE INDEX audit_log_staff ON audit_log (staff_id, id);
CREATE INDEX audit_log_customer ON audit_log (customer_id, id);
CREATE INDEX audit_log_action ON audit_log (action, id);
CREATE INDEX audit_log_at ON audit_log (at);

-- New entries are version 2, with their changes; still chained, one at a time.
DROP TRIGGER audit_log_chained;
CREATE TRIGGER audit_log_chained BEFORE INSERT ON audit_log
WHEN NEW.hash IS NULL OR length(NEW.hash) <> 64 OR NEW.prev_hash IS NULL
  OR NEW.chain_version IS NOT 2 OR NEW.changes IS NULL
  OR EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'the audit log is written by Ardoise, one chained entry at a time');
END;

-- Every entry is chained since migration 007: nothing of an entry can be changed.
DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log keeps what was done');
END;
