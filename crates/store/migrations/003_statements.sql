-- Statements, the aging report and the communication log.
--
-- The log records every document sent to a customer (statements now, reminder letters
-- later): when, by whom, as of which date, the balance it showed and the SHA-256 of the
-- exact bytes produced, so a copy found later can be proven to be the one sent.
-- Entries are never rewritten; only how and when it was sent is filled in afterwards.

CREATE TABLE communications (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    kind TEXT NOT NULL CHECK (kind IN ('statement', 'letter')),
    -- Letters: the collection step they carry out ("first_reminder").
    step_code TEXT,
    produced_at TEXT NOT NULL,
    staff_id INTEGER REFERENCES staff(id),
    as_of TEXT NOT NULL,
    period_start TEXT,
    period_end TEXT,
    balance_minor INTEGER NOT NULL,
    currency TEXT NOT NULL,
    -- JSON array of the invoice numbers the document speaks of (its open items).
    invoices TEXT NOT NULL DEFAULT '[]',
    document_sha256 TEXT NOT NULL CHECK (length(document_sha256) = 64),
    file_name TEXT,
    sent_on TEXT,
    sent_via TEXT
);
CREATE INDEX communications_customer ON communications (customer_id, produced_at);

CREATE TRIGGER communications_no_delete BEFORE DELETE ON communications
BEGIN
    SELECT RAISE(ABORT, 'the communication log keeps what was sent');
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
BEGIN
    SELECT RAISE(ABORT, 'the communication log keeps what was sent');
END;

-- What an open invoice has received as of a date, read from the index alone.
CREATE INDEX allocations_invoice_amount ON allocations (invoice_id, payment_id, amount_minor);

-- When each issued invoice was fully settled, in the documents' own dates: the first
-- date on which its payments (by date received) and credit notes (by issue date) reach
-- its amount; NULL while something is still to pay. An index, not a balance: it is a
-- function of the immutable documents, kept by the triggers below whoever writes, so
-- the aging report reads only the invoices open on its date instead of all history.
CREATE TABLE invoice_settlement (
    invoice_id INTEGER PRIMARY KEY REFERENCES invoices(id),
    issued_on TEXT NOT NULL,
    settled_on TEXT
);
-- Open on a date D: issued_on <= D < settled_on (or not settled). Both in the index, so
-- the invoices settled after D but issued after it too are passed over in the index.
CREATE INDEX invoice_settlement_open ON invoice_settlement (settled_on, issued_on);

-- One invoice's settlement date from its own events (a handful of rows, by index);
-- the view is kept for the triggers below, which recompute one invoice at a time.
CREATE VIEW invoice_settled_on AS
SELECT i.id AS invoice_id, i.issue_date AS issued_on,
       CASE WHEN i.gross_minor <= 0 THEN i.issue_date ELSE (
           SELECT MIN(d) FROM (
               SELECT d, SUM(m) OVER (ORDER BY d) AS settled FROM (
                   SELECT p.received_on AS d, a.amount_minor AS m
                   FROM allocations a JOIN payments p ON p.id = a.payment_id
                   WHERE a.invoice_id = i.id
                   UNION ALL
                   SELECT cn.issue_date, cn.gross_minor FROM invoices cn
                   WHERE cn.credited_invoice_id = i.id AND cn.kind = 'credit_note'
                     AND cn.status = 'issued'
               )
           ) WHERE settled >= i.gross_minor
       ) END AS settled_on
FROM invoices i WHERE i.kind = 'invoice' AND i.status = 'issued';

INSERT INTO invoice_settlement (invoice_id, issued_on, settled_on)
SELECT invoice_id, issued_on, settled_on FROM invoice_settled_on;

CREATE TRIGGER settlement_on_issue_insert AFTER INSERT ON invoices
WHEN NEW.kind = 'invoice' AND NEW.status = 'issued'
BEGIN
    INSERT INTO invoice_settlement (invoice_id, issued_on, settled_on)
    VALUES (NEW.id, NEW.issue_date, CASE WHEN NEW.gross_minor <= 0 THEN NEW.issue_date END);
END;

CREATE TRIGGER settlement_on_issue AFTER UPDATE OF status ON invoices
WHEN NEW.kind = 'invoice' AND NEW.status = 'issued' AND OLD.status = 'draft'
BEGIN
    INSERT INTO invoice_settlement (invoice_id, issued_on, settled_on)
    VALUES (NEW.id, NEW.issue_date, CASE WHEN NEW.gross_minor <= 0 THEN NEW.issue_date END);
END;

CREATE TRIGGER settlement_on_allocation AFTER INSERT ON allocations
BEGIN
    UPDATE invoice_settlement SET settled_on =
        (SELECT settled_on FROM invoice_settled_on WHERE invoice_id = NEW.invoice_id)
    WHERE invoice_id = NEW.invoice_id;
END;

CREATE TRIGGER settlement_on_credit_note_insert AFTER INSERT ON invoices
WHEN NEW.kind = 'credit_note' AND NEW.status = 'issued'
BEGIN
    UPDATE invoice_settlement SET settled_on =
        (SELECT settled_on FROM invoice_settled_on WHERE invoice_id = NEW.credited_invoice_id)
    WHERE invoice_id = NEW.credited_invoice_id;
END;

CREATE TRIGGER settlement_on_credit_note AFTER UPDATE OF status ON invoices
WHEN NEW.kind = 'credit_note' AND NEW.status = 'issued' AND OLD.status = 'draft'
BEGIN
    UPDATE invoice_settlement SET settled_on =
        (SELECT settled_on FROM invoice_settled_on WHERE invoice_id = NEW.credited_invoice_id)
    WHERE invoice_id = NEW.credited_invoice_id;
END;
