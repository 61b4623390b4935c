-- Invoices in the communication log: an invoice written to a folder or put in a print
-- file is a document that left the book, logged like statements and letters, so the
-- invoices list can say which were not sent yet.
--
-- SQLite cannot change a CHECK in place: the log is copied aside, rebuilt with the new
-- kind, and copied back with its ids, hashes and sending untouched (the chain covers
-- the rows, not the table). Foreign keys from steps done, renewal notices and files
-- written point at the ids, which come back before the commit; deferring the checks to
-- the commit lets the table be dropped in between.
PRAGMA defer_foreign_keys = ON;

CREATE TEMP TABLE communications_kept AS SELECT * FROM communications;
DROP TABLE communications;

CREATE TABLE communications (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    kind TEXT NOT NULL CHECK (kind IN ('statement', 'letter', 'invoice')),
    -- Letters: the collection step they carry out ("first_reminder").
    step_code TEXT,
    produced_at TEXT NOT NULL,
    staff_id INTEGER REFERENCES staff(id),
    as_of TEXT NOT NULL,
    period_start TEXT,
    period_end TEXT,
    balance_minor INTEGER NOT NULL,
    currency TEXT NOT NULL,
    -- JSON array of the invoice numbers the document speaks of (its open items; for an
    -- invoice, its own number).
    invoices TEXT NOT NULL DEFAULT '[]',
    document_sha256 TEXT NOT NULL CHECK (length(document_sha256) = 64),
    file_name TEXT,
    sent_on TEXT,
    sent_via TEXT,
    prev_hash TEXT,
    hash TEXT
);
INSERT INTO communications (id, customer_id, kind, step_code, produced_at, staff_id, as_of,
        period_start, period_end, balance_minor, currency, invoices, document_sha256,
        file_name, sent_on, sent_via, prev_hash, hash)
    SELECT id, customer_id, kind, step_code, produced_at, staff_id, as_of,
        period_start, period_end, balance_minor, currency, invoices, document_sha256,
        file_name, sent_on, sent_via, prev_hash, hash
    FROM communications_kept ORDER BY id;
DROP TABLE communications_kept;

CREATE INDEX communications_customer ON communications (customer_id, produced_at);
-- "Not sent yet": whether an invoice's number is in an invoice entry of its customer.
CREATE INDEX communications_kind ON communications (customer_id, kind);

-- The triggers of 003 and 007, as they were.
CREATE TRIGGER communications_no_delete BEFORE DELETE ON communications
BEGIN
    SELECT RAISE(ABORT, 'the communication log keeps what was sent');
END;

CREATE TRIGGER communications_chained BEFORE INSERT ON communications
WHEN NEW.hash IS NULL OR length(NEW.hash) <> 64 OR NEW.prev_hash IS NULL
  OR NEW.sent_on IS NOT NULL OR NEW.sent_via IS NOT NULL
  OR EXISTS (SELECT 1 FROM communications WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'the communication log is written by Ardoise, one chained entry at a time');
END;

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
