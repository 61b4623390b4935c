-- Invoices, credit notes and payments.
--
-- An invoice is a draft until issued; issuing assigns the next number of its series
-- (gapless, per kind and year) in the same transaction. Issued documents are immutable:
-- the triggers below refuse any change, whoever tries, so corrections are credit notes.
-- Balances and states are derived from these rows, never stored.

CREATE TABLE invoices (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('invoice', 'credit_note')),
    status TEXT NOT NULL CHECK (status IN ('draft', 'issued')),
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    -- For a credit note: the invoice it corrects.
    credited_invoice_id INTEGER REFERENCES invoices(id),
    series_year INTEGER,
    series_seq INTEGER,
    number TEXT UNIQUE,
    currency TEXT NOT NULL,
    language TEXT NOT NULL CHECK (language IN ('fr', 'en')),
    period_start TEXT,
    period_end TEXT,
    issue_date TEXT,
    due_date TEXT,
    vat_treatment TEXT NOT NULL,
    vat_mention TEXT,
    net_minor INTEGER NOT NULL,
    vat_minor INTEGER NOT NULL,
    gross_minor INTEGER NOT NULL CHECK (gross_minor = net_minor + vat_minor),
    -- Who sold to whom, as printed: frozen at issue so a later edit of the customer or
    -- the partner never changes a document already sent.
    seller_json TEXT,
    buyer_json TEXT,
    created_at TEXT NOT NULL,
    issued_at TEXT,
    CHECK ((status = 'draft') = (number IS NULL)),
    CHECK (kind = 'invoice' OR credited_invoice_id IS NOT NULL),
    UNIQUE (kind, series_year, series_seq)
);
CREATE INDEX invoices_customer ON invoices (customer_id, status);
CREATE INDEX invoices_due ON invoices (status, due_date);
CREATE INDEX invoices_credited ON invoices (credited_invoice_id);
CREATE INDEX invoices_period ON invoices (period_start, kind);
-- The last date of a series, read at each issue to keep numbering chronological.
CREATE INDEX invoices_series_date ON invoices (kind, series_year, issue_date);

CREATE TABLE invoice_lines (
    id INTEGER PRIMARY KEY,
    invoice_id INTEGER NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    description TEXT NOT NULL,
    subscription_id INTEGER REFERENCES subscriptions(id),
    service_start TEXT,
    service_end TEXT,
    quantity TEXT NOT NULL,
    unit_price TEXT NOT NULL,
    prorate_days INTEGER,
    prorate_of INTEGER,
    vat_rate TEXT NOT NULL,
    net_minor INTEGER NOT NULL
);
CREATE INDEX invoice_lines_invoice ON invoice_lines (invoice_id);

-- The last number given in each series; read and bumped in the issuing transaction.
CREATE TABLE number_series (
    kind TEXT NOT NULL,
    year INTEGER NOT NULL,
    last_seq INTEGER NOT NULL,
    PRIMARY KEY (kind, year)
);

CREATE TABLE payments (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    received_on TEXT NOT NULL,
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    currency TEXT NOT NULL,
    method TEXT NOT NULL,
    reference TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX payments_customer ON payments (customer_id);

CREATE TABLE allocations (
    id INTEGER PRIMARY KEY,
    payment_id INTEGER NOT NULL REFERENCES payments(id),
    invoice_id INTEGER NOT NULL REFERENCES invoices(id),
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    created_at TEXT NOT NULL
);
CREATE INDEX allocations_payment ON allocations (payment_id);
CREATE INDEX allocations_invoice ON allocations (invoice_id);

CREATE TRIGGER issued_invoice_no_update BEFORE UPDATE ON invoices
WHEN OLD.status = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice cannot be changed: issue a credit note');
END;

CREATE TRIGGER issued_invoice_no_delete BEFORE DELETE ON invoices
WHEN OLD.status = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice cannot be deleted: issue a credit note');
END;

CREATE TRIGGER issued_invoice_lines_no_insert BEFORE INSERT ON invoice_lines
WHEN (SELECT status FROM invoices WHERE id = NEW.invoice_id) = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice cannot be changed: issue a credit note');
END;

CREATE TRIGGER issued_invoice_lines_no_update BEFORE UPDATE ON invoice_lines
WHEN (SELECT status FROM invoices WHERE id = OLD.invoice_id) = 'issued'
  OR (SELECT status FROM invoices WHERE id = NEW.invoice_id) = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice cannot be changed: issue a credit note');
END;

CREATE TRIGGER issued_invoice_lines_no_delete BEFORE DELETE ON invoice_lines
WHEN (SELECT status FROM invoices WHERE id = OLD.invoice_id) = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice cannot be changed: issue a credit note');
END;

-- Payments and their allocations are records of money received: never rewritten.
CREATE TRIGGER payments_no_update BEFORE UPDATE ON payments
BEGIN
    SELECT RAISE(ABORT, 'a recorded payment cannot be changed');
END;

CREATE TRIGGER allocations_no_update BEFORE UPDATE ON allocations
BEGIN
    SELECT RAISE(ABORT, 'an allocation cannot be changed');
END;

-- Only an issued document of the same customer and currency can receive money.
CREATE TRIGGER allocation_to_issued_invoice BEFORE INSERT ON allocations
WHEN NOT EXISTS (
    SELECT 1 FROM invoices i JOIN payments p ON p.id = NEW.payment_id
    WHERE i.id = NEW.invoice_id AND i.status = 'issued' AND i.kind = 'invoice'
      AND i.customer_id = p.customer_id AND i.currency = p.currency
)
BEGIN
    SELECT RAISE(ABORT, 'a payment can only settle an issued invoice of the same customer and currency');
END;

-- The first day a cancelled subscription is no longer billed (proration of the last month).
ALTER TABLE subscriptions ADD COLUMN cancelled_on TEXT;
