-- Reversals of payments recorded by mistake, and refunds of a customer's credit.
--
-- A payment is never deleted or changed: a reversal is a row of its own pointing to it,
-- dated, with its reason, and its allocations are undone by the reversal's own rows
-- (the amounts given back to each invoice, counted against what the invoice received
-- from the reversal's date). A refund is money paid back to the customer out of its
-- unallocated credit; the part drawn from a payment's unallocated credit is recorded
-- against that payment, so that credit cannot be allocated or refunded again.

CREATE TABLE payment_reversals (
    id INTEGER PRIMARY KEY,
    -- Reversed once: a second reversal of the same payment is refused by the schema.
    payment_id INTEGER NOT NULL UNIQUE REFERENCES payments(id),
    reversed_on TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    created_at TEXT NOT NULL
);

CREATE TABLE reversal_allocations (
    id INTEGER PRIMARY KEY,
    reversal_id INTEGER NOT NULL REFERENCES payment_reversals(id),
    invoice_id INTEGER NOT NULL REFERENCES invoices(id),
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    created_at TEXT NOT NULL,
    UNIQUE (reversal_id, invoice_id)
);
CREATE INDEX reversal_allocations_invoice ON reversal_allocations (invoice_id, reversal_id, amount_minor);

CREATE TABLE refunds (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    refunded_on TEXT NOT NULL,
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    currency TEXT NOT NULL,
    method TEXT NOT NULL,
    reference TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX refunds_customer ON refunds (customer_id);

CREATE TABLE refund_sources (
    id INTEGER PRIMARY KEY,
    refund_id INTEGER NOT NULL REFERENCES refunds(id),
    payment_id INTEGER NOT NULL REFERENCES payments(id),
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    created_at TEXT NOT NULL,
    UNIQUE (refund_id, payment_id)
);
CREATE INDEX refund_sources_payment ON refund_sources (payment_id, amount_minor);

-- A reversal undoes exactly what its payment gave each invoice, never more.
CREATE TRIGGER reversal_allocation_within_payment BEFORE INSERT ON reversal_allocations
WHEN NEW.amount_minor > (
    SELECT COALESCE(SUM(a.amount_minor), 0) FROM allocations a
    JOIN payment_reversals r ON r.payment_id = a.payment_id
    WHERE r.id = NEW.reversal_id AND a.invoice_id = NEW.invoice_id
)
BEGIN
    SELECT RAISE(ABORT, 'a reversal undoes only what its payment gave the invoice');
END;

-- A reversed payment gives nothing more, and a payment whose credit was refunded in part
-- cannot be reversed (the customer would owe the refund back as well).
CREATE TRIGGER allocation_of_reversed_payment BEFORE INSERT ON allocations
WHEN EXISTS (SELECT 1 FROM payment_reversals WHERE payment_id = NEW.payment_id)
BEGIN
    SELECT RAISE(ABORT, 'a reversed payment cannot be allocated');
END;

CREATE TRIGGER reversal_of_refunded_payment BEFORE INSERT ON payment_reversals
WHEN EXISTS (SELECT 1 FROM refund_sources WHERE payment_id = NEW.payment_id)
BEGIN
    SELECT RAISE(ABORT, 'a payment whose credit was refunded cannot be reversed');
END;

CREATE TRIGGER refund_of_reversed_payment BEFORE INSERT ON refund_sources
WHEN EXISTS (SELECT 1 FROM payment_reversals WHERE payment_id = NEW.payment_id)
BEGIN
    SELECT RAISE(ABORT, 'a reversed payment has no credit to refund');
END;

-- What a payment has left is its amount less its allocations and its refunds.
CREATE TRIGGER refund_within_payment BEFORE INSERT ON refund_sources
WHEN NEW.amount_minor > (
    SELECT p.amount_minor
         - COALESCE((SELECT SUM(a.amount_minor) FROM allocations a WHERE a.payment_id = p.id), 0)
         - COALESCE((SELECT SUM(s.amount_minor) FROM refund_sources s WHERE s.payment_id = p.id), 0)
    FROM payments p WHERE p.id = NEW.payment_id
)
BEGIN
    SELECT RAISE(ABORT, 'this refund is more than the payment has left');
END;

DROP TRIGGER allocation_within_payment;
CREATE TRIGGER allocation_within_payment BEFORE INSERT ON allocations
WHEN NEW.amount_minor > (
    SELECT p.amount_minor
         - COALESCE((SELECT SUM(a.amount_minor) FROM allocations a WHERE a.payment_id = p.id), 0)
         - COALESCE((SELECT SUM(s.amount_minor) FROM refund_sources s WHERE s.payment_id = p.id), 0)
    FROM payments p WHERE p.id = NEW.payment_id
)
BEGIN
    SELECT RAISE(ABORT, 'this allocation is more than the payment has left');
END;

-- An invoice re-opened by a reversal can be settled again, by what was given back.
DROP TRIGGER allocation_within_invoice;
CREATE TRIGGER allocation_within_invoice BEFORE INSERT ON allocations
WHEN NEW.amount_minor > (
    SELECT i.gross_minor
         - COALESCE((SELECT SUM(cn.gross_minor) FROM invoices cn
                     WHERE cn.credited_invoice_id = i.id AND cn.kind = 'credit_note'
                       AND cn.status = 'issued'), 0)
         - COALESCE((SELECT SUM(a.amount_minor) FROM allocations a
                     WHERE a.invoice_id = i.id), 0)
         + COALESCE((SELECT SUM(ra.amount_minor) FROM reversal_allocations ra
                     WHERE ra.invoice_id = i.id), 0)
    FROM invoices i WHERE i.id = NEW.invoice_id
)
BEGIN
    SELECT RAISE(ABORT, 'this allocation is more than the invoice still owes');
END;

-- Written once, like the payments they correct.
CREATE TRIGGER payment_reversals_no_update BEFORE UPDATE ON payment_reversals
BEGIN
    SELECT RAISE(ABORT, 'a reversal cannot be changed');
END;
CREATE TRIGGER payment_reversals_no_delete BEFORE DELETE ON payment_reversals
BEGIN
    SELECT RAISE(ABORT, 'a reversal cannot be deleted');
END;
CREATE TRIGGER payment_reversals_no_replace BEFORE INSERT ON payment_reversals
WHEN EXISTS (SELECT 1 FROM payment_reversals WHERE id = NEW.id OR payment_id = NEW.payment_id)
BEGIN
    SELECT RAISE(ABORT, 'a payment is reversed once');
END;
CREATE TRIGGER reversal_allocations_no_update BEFORE UPDATE ON reversal_allocations
BEGIN
    SELECT RAISE(ABORT, 'a reversal cannot be changed');
END;
CREATE TRIGGER reversal_allocations_no_delete BEFORE DELETE ON reversal_allocations
BEGIN
    SELECT RAISE(ABORT, 'a reversal cannot be deleted');
END;
CREATE TRIGGER reversal_allocations_no_replace BEFORE INSERT ON reversal_allocations
WHEN EXISTS (SELECT 1 FROM reversal_allocations WHERE id = NEW.id
             OR (reversal_id = NEW.reversal_id AND invoice_id = NEW.invoice_id))
BEGIN
    SELECT RAISE(ABORT, 'a reversal cannot be replaced');
END;
CREATE TRIGGER refunds_no_update BEFORE UPDATE ON refunds
BEGIN
    SELECT RAISE(ABORT, 'a refund cannot be changed');
END;
CREATE TRIGGER refunds_no_delete BEFORE DELETE ON refunds
BEGIN
    SELECT RAISE(ABORT, 'a refund cannot be deleted');
END;
CREATE TRIGGER refunds_no_replace BEFORE INSERT ON refunds
WHEN EXISTS (SELECT 1 FROM refunds WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'a refund cannot be replaced');
END;
CREATE TRIGGER refund_sources_no_update BEFORE UPDATE ON refund_sources
BEGIN
    SELECT RAISE(ABORT, 'a refund cannot be changed');
END;
CREATE TRIGGER refund_sources_no_delete BEFORE DELETE ON refund_sources
BEGIN
    SELECT RAISE(ABORT, 'a refund cannot be deleted');
END;
CREATE TRIGGER refund_sources_no_replace BEFORE INSERT ON refund_sources
WHEN EXISTS (SELECT 1 FROM refund_sources WHERE id = NEW.id
             OR (refund_id = NEW.refund_id AND payment_id = NEW.payment_id))
BEGIN
    SELECT RAISE(ABORT, 'a refund cannot be replaced');
END;

-- The settlement index: an invoice is settled from the first date after which what it
-- received (payments by date received, less what reversals gave back by their date, and
-- credit notes by issue date) stays at or above its amount; NULL while it is not. A
-- reversal re-opens the invoice from its date on, so the index keeps it among the open
-- ones; the open amount on a date, computed from the rows, says whether it was open then.
DROP VIEW invoice_settled_on;
CREATE VIEW invoice_settled_on AS
SELECT i.id AS invoice_id, i.issue_date AS issued_on,
       CASE WHEN i.gross_minor <= 0 THEN i.issue_date ELSE (
           SELECT MIN(d) FROM (
               SELECT d, settled,
                      MAX(CASE WHEN settled < i.gross_minor THEN d END) OVER () AS last_open
               FROM (
                   SELECT d, SUM(m) OVER (ORDER BY d) AS settled FROM (
                       SELECT p.received_on AS d, a.amount_minor AS m
                       FROM allocations a JOIN payments p ON p.id = a.payment_id
                       WHERE a.invoice_id = i.id
                       UNION ALL
                       SELECT r.reversed_on, -ra.amount_minor
                       FROM reversal_allocations ra
                       JOIN payment_reversals r ON r.id = ra.reversal_id
                       WHERE ra.invoice_id = i.id
                       UNION ALL
                       SELECT cn.issue_date, cn.gross_minor FROM invoices cn
                       WHERE cn.credited_invoice_id = i.id AND cn.kind = 'credit_note'
                         AND cn.status = 'issued'
                   )
               )
           ) WHERE settled >= i.gross_minor AND (last_open IS NULL OR d > last_open)
       ) END AS settled_on
FROM invoices i WHERE i.kind = 'invoice' AND i.status = 'issued';

CREATE TRIGGER settlement_on_reversal AFTER INSERT ON reversal_allocations
BEGIN
    UPDATE invoice_settlement SET settled_on =
        (SELECT settled_on FROM invoice_settled_on WHERE invoice_id = NEW.invoice_id)
    WHERE invoice_id = NEW.invoice_id;
END;
