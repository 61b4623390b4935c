-- Two writers on one book, and the files that leave it.
--
-- What must never exist twice is refused here, whoever writes and however many writers
-- race: SQLite serialises writers, so a trigger that looks before it inserts is as firm
-- as a unique index, and unlike one it can be added to a book that already holds the
-- duplicates an older version let through (`ardoise check` lists those).

-- One invoice per customer, currency and billing period.
CREATE TRIGGER invoice_once_per_period BEFORE INSERT ON invoices
WHEN NEW.kind = 'invoice' AND NEW.period_start IS NOT NULL AND EXISTS (
    SELECT 1 FROM invoices
    WHERE kind = 'invoice' AND customer_id = NEW.customer_id
      AND currency = NEW.currency AND period_start = NEW.period_start
)
BEGIN
    SELECT RAISE(ABORT, 'this customer already has an invoice for this period');
END;

CREATE TRIGGER invoice_once_per_period_update
BEFORE UPDATE OF kind, customer_id, currency, period_start ON invoices
WHEN NEW.kind = 'invoice' AND NEW.period_start IS NOT NULL AND EXISTS (
    SELECT 1 FROM invoices
    WHERE kind = 'invoice' AND customer_id = NEW.customer_id AND id <> NEW.id
      AND currency = NEW.currency AND period_start = NEW.period_start
)
BEGIN
    SELECT RAISE(ABORT, 'this customer already has an invoice for this period');
END;

CREATE INDEX invoices_customer_period ON invoices (customer_id, currency, period_start);

-- An invoice never receives more than it still owes (its amount less what credit notes
-- took off and what payments already settled), and a payment never gives more than it is.
CREATE TRIGGER allocation_within_invoice BEFORE INSERT ON allocations
WHEN NEW.amount_minor > (
    SELECT i.gross_minor
         - COALESCE((SELECT SUM(cn.gross_minor) FROM invoices cn
                     WHERE cn.credited_invoice_id = i.id AND cn.kind = 'credit_note'
                       AND cn.status = 'issued'), 0)
         - COALESCE((SELECT SUM(a.amount_minor) FROM allocations a
                     WHERE a.invoice_id = i.id), 0)
    FROM invoices i WHERE i.id = NEW.invoice_id
)
BEGIN
    SELECT RAISE(ABORT, 'this allocation is more than the invoice still owes');
END;

CREATE TRIGGER allocation_within_payment BEFORE INSERT ON allocations
WHEN NEW.amount_minor > (
    SELECT p.amount_minor
         - COALESCE((SELECT SUM(a.amount_minor) FROM allocations a
                     WHERE a.payment_id = p.id), 0)
    FROM payments p WHERE p.id = NEW.payment_id
)
BEGIN
    SELECT RAISE(ABORT, 'this allocation is more than the payment has left');
END;

-- Every file that left the book: where it was written and the SHA-256 of its bytes.
-- The row is committed before the file takes its name (the outbox), so a file named here
-- always has this hash; a communication (statement, letter) points to its file.
CREATE TABLE files_written (
    id INTEGER PRIMARY KEY,
    written_at TEXT NOT NULL,
    staff_id INTEGER REFERENCES staff(id),
    -- statement, letter, renewal_notice, invoice, aging, policy, combined
    kind TEXT NOT NULL,
    customer_id INTEGER REFERENCES customers(id),
    communication_id INTEGER REFERENCES communications(id),
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    size INTEGER NOT NULL CHECK (size >= 0)
);
CREATE INDEX files_written_path ON files_written (path);
CREATE INDEX files_written_communication ON files_written (communication_id);

CREATE TRIGGER files_written_no_update BEFORE UPDATE ON files_written
BEGIN
    SELECT RAISE(ABORT, 'the record of files written is kept as written');
END;

CREATE TRIGGER files_written_no_delete BEFORE DELETE ON files_written
BEGIN
    SELECT RAISE(ABORT, 'the record of files written is kept as written');
END;

-- INSERT OR REPLACE deletes the row it replaces without firing delete triggers.
CREATE TRIGGER files_written_no_replace BEFORE INSERT ON files_written
WHEN EXISTS (SELECT 1 FROM files_written WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'the record of files written is kept as written');
END;

-- Folders documents were written to: where the next start looks for the temporary files
-- of a run that was killed before it committed.
CREATE TABLE document_folders (
    path TEXT PRIMARY KEY
);

-- A book made as a demo may have its date moved (ARDOISE_TODAY); a real book may not,
-- and cannot be turned into a demo once it holds an issued document.
CREATE TRIGGER demo_mark_only_when_new BEFORE INSERT ON settings
WHEN NEW.key = 'book_kind' AND NEW.value = 'demo'
  AND EXISTS (SELECT 1 FROM invoices WHERE status = 'issued')
BEGIN
    SELECT RAISE(ABORT, 'a book holding issued documents cannot be made a demo');
END;

CREATE TRIGGER demo_mark_kept BEFORE UPDATE ON settings
WHEN OLD.key = 'book_kind' OR NEW.key = 'book_kind'
BEGIN
    SELECT RAISE(ABORT, 'what kind of book this is cannot be changed');
END;
