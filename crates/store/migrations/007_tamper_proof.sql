-- What is written once stays as written, even to the sqlite3 shell, and what cannot be
-- refused is detected.
--
-- `INSERT OR REPLACE` (and `UPDATE OR REPLACE`) deletes the row it collides with without
-- firing delete triggers (unless recursive_triggers is on, which the shell does not turn
-- on): each protected table therefore refuses, before the insert, a row whose id or unique
-- key is already taken by a protected row. The logs (audit, communications, files written)
-- are chained by SHA-256 (`prev_hash`, `hash`), computed by the store as each row is
-- inserted (crates/store/src/chain.rs); rows written before this migration are chained by
-- the store in this migration's transaction, the only update of a chain the triggers allow.
-- `ardoise check` verifies what triggers cannot hold (a trigger can be dropped).

-- Issued invoices and credit notes: neither their id, their number nor their place in the
-- series can be taken over.
-- (One EXISTS per key, each answered by its own index: an OR inside one query could
-- scan the table at every insert.)
CREATE TRIGGER issued_invoice_no_replace BEFORE INSERT ON invoices
WHEN EXISTS (SELECT 1 FROM invoices WHERE id = NEW.id AND status = 'issued')
  OR EXISTS (SELECT 1 FROM invoices WHERE number = NEW.number AND status = 'issued')
  OR EXISTS (SELECT 1 FROM invoices WHERE kind = NEW.kind AND series_year = NEW.series_year
                AND series_seq = NEW.series_seq AND status = 'issued')
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice cannot be replaced: issue a credit note');
END;

CREATE TRIGGER issued_invoice_no_replace_by_update BEFORE UPDATE ON invoices
WHEN NEW.id IS NOT OLD.id
  OR EXISTS (SELECT 1 FROM invoices WHERE number = NEW.number AND id <> OLD.id
                AND status = 'issued')
  OR EXISTS (SELECT 1 FROM invoices WHERE kind = NEW.kind AND series_year = NEW.series_year
                AND series_seq = NEW.series_seq AND id <> OLD.id AND status = 'issued')
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice cannot be replaced: issue a credit note');
END;

CREATE TRIGGER issued_invoice_lines_no_replace BEFORE INSERT ON invoice_lines
WHEN EXISTS (
    SELECT 1 FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
    WHERE l.id = NEW.id AND i.status = 'issued'
)
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice cannot be changed: issue a credit note');
END;

CREATE TRIGGER invoice_lines_id_kept BEFORE UPDATE ON invoice_lines
WHEN NEW.id IS NOT OLD.id
BEGIN
    SELECT RAISE(ABORT, 'an invoice line keeps its id');
END;

-- The last number given in a series never goes back and is never forgotten.
CREATE TRIGGER number_series_no_replace BEFORE INSERT ON number_series
WHEN EXISTS (SELECT 1 FROM number_series WHERE kind = NEW.kind AND year = NEW.year)
BEGIN
    SELECT RAISE(ABORT, 'duplicate: a number series goes on, it does not start again');
END;

CREATE TRIGGER number_series_forward BEFORE UPDATE ON number_series
WHEN NEW.kind IS NOT OLD.kind OR NEW.year IS NOT OLD.year OR NEW.last_seq < OLD.last_seq
BEGIN
    SELECT RAISE(ABORT, 'a number series goes on, it does not start again');
END;

CREATE TRIGGER number_series_kept BEFORE DELETE ON number_series
BEGIN
    SELECT RAISE(ABORT, 'a number series goes on, it does not start again');
END;

-- Payments and allocations: money received is never unrecorded.
CREATE TRIGGER payments_no_delete BEFORE DELETE ON payments
BEGIN
    SELECT RAISE(ABORT, 'a recorded payment cannot be deleted');
END;

CREATE TRIGGER payments_no_replace BEFORE INSERT ON payments
WHEN EXISTS (SELECT 1 FROM payments WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'a recorded payment cannot be replaced');
END;

CREATE TRIGGER allocations_no_delete BEFORE DELETE ON allocations
BEGIN
    SELECT RAISE(ABORT, 'an allocation cannot be deleted');
END;

CREATE TRIGGER allocations_no_replace BEFORE INSERT ON allocations
WHEN EXISTS (SELECT 1 FROM allocations WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'an allocation cannot be replaced');
END;

-- Collection steps carried out and renewal notices sent: kept as recorded.
CREATE TRIGGER collection_steps_done_no_update BEFORE UPDATE ON collection_steps_done
BEGIN
    SELECT RAISE(ABORT, 'a step carried out stays recorded');
END;

CREATE TRIGGER collection_steps_done_no_replace BEFORE INSERT ON collection_steps_done
WHEN EXISTS (SELECT 1 FROM collection_steps_done WHERE id = NEW.id)
  OR EXISTS (SELECT 1 FROM collection_steps_done
             WHERE invoice_id = NEW.invoice_id AND step_code = NEW.step_code)
BEGIN
    SELECT RAISE(ABORT, 'duplicate: a step carried out stays recorded');
END;

CREATE TRIGGER renewal_notices_no_update BEFORE UPDATE ON renewal_notices
BEGIN
    SELECT RAISE(ABORT, 'a renewal notice sent stays recorded');
END;

CREATE TRIGGER renewal_notices_no_replace BEFORE INSERT ON renewal_notices
WHEN EXISTS (SELECT 1 FROM renewal_notices WHERE id = NEW.id)
  OR EXISTS (SELECT 1 FROM renewal_notices
             WHERE subscription_id = NEW.subscription_id AND renewal_date = NEW.renewal_date)
BEGIN
    SELECT RAISE(ABORT, 'duplicate: a renewal notice sent stays recorded');
END;

-- Suspensions are history: proposed, then suspended once, then reactivated once.
CREATE TRIGGER suspensions_no_delete BEFORE DELETE ON suspensions
BEGIN
    SELECT RAISE(ABORT, 'a suspension stays in the history');
END;

CREATE TRIGGER suspensions_no_replace BEFORE INSERT ON suspensions
WHEN EXISTS (SELECT 1 FROM suspensions WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'a suspension stays in the history');
END;

CREATE TRIGGER suspensions_only_forward BEFORE UPDATE ON suspensions
WHEN NEW.id IS NOT OLD.id OR NEW.subscription_id IS NOT OLD.subscription_id
  OR NEW.customer_id IS NOT OLD.customer_id OR NEW.invoice_ids IS NOT OLD.invoice_ids
  OR NEW.proposed_on IS NOT OLD.proposed_on
  OR (OLD.suspended_on IS NOT NULL AND NEW.suspended_on IS NOT OLD.suspended_on)
  OR (OLD.reactivated_on IS NOT NULL AND NEW.reactivated_on IS NOT OLD.reactivated_on)
  OR (NEW.reactivated_on IS NOT NULL AND NEW.suspended_on IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'a suspension stays in the history');
END;

-- The audit log: written once, chained, never changed nor deleted.
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;

CREATE TRIGGER audit_log_chained BEFORE INSERT ON audit_log
WHEN NEW.hash IS NULL OR length(NEW.hash) <> 64 OR NEW.prev_hash IS NULL
  OR EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'the audit log is written by Ardoise, one chained entry at a time');
END;

-- The one update allowed: chaining an entry written before the chain existed.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN OLD.hash IS NOT NULL OR NEW.hash IS NULL OR NEW.prev_hash IS NULL
  OR NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at OR NEW.staff_id IS NOT OLD.staff_id
  OR NEW.action IS NOT OLD.action OR NEW.entity IS NOT OLD.entity
  OR NEW.entity_id IS NOT OLD.entity_id OR NEW.detail IS NOT OLD.detail
BEGIN
    SELECT RAISE(ABORT, 'the audit log keeps what was done');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log keeps what was done');
END;

-- The communication log: chained; only how and when a document was sent is filled in,
-- once, and not before the document existed (the earlier of the date it bears and the
-- day it was produced: a demo book's business date may be frozen before the real day).
ALTER TABLE communications ADD COLUMN prev_hash TEXT;
ALTER TABLE communications ADD COLUMN hash TEXT;

CREATE TRIGGER communications_chained BEFORE INSERT ON communications
WHEN NEW.hash IS NULL OR length(NEW.hash) <> 64 OR NEW.prev_hash IS NULL
  OR NEW.sent_on IS NOT NULL OR NEW.sent_via IS NOT NULL
  OR EXISTS (SELECT 1 FROM communications WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'the communication log is written by Ardoise, one chained entry at a time');
END;

DROP TRIGGER communications_only_sending;
CREATE TRIGGER communications_only_sending BEFORE UPDATE ON communications
WHEN NEW.id IS NOT OLD.id OR NEW.customer_id IS NOT OLD.customer_id
  OR NEW.kind IS NOT OLD.kind OR NEW.step_code IS NOT OLD.step_code
  OR NEW.produced_at IS NOT OLD.produced_at
  OR NEW.staff_id IS NOT OLD.staff_id OR NEW.as_of IS NOT OLD.as_of
  OR NEW.period_start IS NOT OLD.period_start OR NEW.period_end IS NOT OLD.period_end
  OR NEW.balance_minor IS NOT OLD.balance_minor OR NEW.currency IS NOT OLD.currency
  OR NEW.invoices IS NOT OLD.invoices OR NEW.document_sha256 IS NOT OLD.document_sha256
  OR NEW.file_name IS NOT OLD.file_name
  OR (OLD.hash IS NOT NULL AND (NEW.hash IS NOT OLD.hash OR NEW.prev_hash IS NOT OLD.prev_hash))
  OR (OLD.hash IS NULL AND NEW.hash IS NULL AND NEW.prev_hash IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'the communication log keeps what was sent');
END;

CREATE TRIGGER communications_sent_once BEFORE UPDATE OF sent_on, sent_via ON communications
WHEN (NEW.sent_on IS NOT OLD.sent_on OR NEW.sent_via IS NOT OLD.sent_via) AND (
       OLD.sent_on IS NOT NULL OR OLD.sent_via IS NOT NULL
    OR NEW.sent_on IS NULL OR NEW.sent_via IS NULL
    OR NEW.sent_via NOT IN ('post', 'email')
    OR date(NEW.sent_on) IS NOT NEW.sent_on
    OR NEW.sent_on < MIN(OLD.as_of, substr(OLD.produced_at, 1, 10)))
BEGIN
    SELECT RAISE(ABORT, 'a document''s sending is recorded once, not before the document existed');
END;

-- The record of files written: chained as well.
ALTER TABLE files_written ADD COLUMN prev_hash TEXT;
ALTER TABLE files_written ADD COLUMN hash TEXT;

CREATE TRIGGER files_written_chained BEFORE INSERT ON files_written
WHEN NEW.hash IS NULL OR length(NEW.hash) <> 64 OR NEW.prev_hash IS NULL
BEGIN
    SELECT RAISE(ABORT, 'the record of files written is kept as written');
END;

DROP TRIGGER files_written_no_update;
CREATE TRIGGER files_written_no_update BEFORE UPDATE ON files_written
WHEN OLD.hash IS NOT NULL OR NEW.hash IS NULL OR NEW.prev_hash IS NULL
  OR NEW.id IS NOT OLD.id OR NEW.written_at IS NOT OLD.written_at
  OR NEW.staff_id IS NOT OLD.staff_id OR NEW.kind IS NOT OLD.kind
  OR NEW.customer_id IS NOT OLD.customer_id OR NEW.communication_id IS NOT OLD.communication_id
  OR NEW.path IS NOT OLD.path OR NEW.sha256 IS NOT OLD.sha256 OR NEW.size IS NOT OLD.size
BEGIN
    SELECT RAISE(ABORT, 'the record of files written is kept as written');
END;
