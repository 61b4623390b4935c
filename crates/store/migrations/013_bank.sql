-- Bank statements imported, their lines, which payment each confirmed line became, the
-- payers learnt from confirmed lines, and the CSV column mapping of each bank.
--
-- A statement line is imported once per account: its identity (the bank's reference,
-- else a hash of what it says and its rank) is UNIQUE with the account, so the same
-- file imported twice adds nothing, whoever imports it. Imported lines and their
-- confirmations are records: written once (triggers, INSERT OR REPLACE included).

CREATE TABLE bank_statements (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('camt053', 'ofx', 'csv')),
    account TEXT NOT NULL,
    file_name TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    imported_at TEXT NOT NULL
);

CREATE TABLE bank_lines (
    id INTEGER PRIMARY KEY,
    statement_id INTEGER NOT NULL REFERENCES bank_statements(id),
    account TEXT NOT NULL,
    identity TEXT NOT NULL,
    position INTEGER NOT NULL,
    booked_on TEXT NOT NULL,
    value_on TEXT,
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    currency TEXT NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('credit', 'debit')),
    label TEXT NOT NULL,
    reference TEXT,
    payer_name TEXT,
    payer_iban TEXT
);
CREATE UNIQUE INDEX bank_lines_identity ON bank_lines (account, identity);
CREATE INDEX bank_lines_statement ON bank_lines (statement_id);

CREATE TABLE bank_line_payments (
    bank_line_id INTEGER PRIMARY KEY REFERENCES bank_lines(id),
    payment_id INTEGER NOT NULL UNIQUE REFERENCES payments(id),
    confirmed_at TEXT NOT NULL
);

-- The last confirmed customer of a payer wins: a correction teaches.
CREATE TABLE bank_payers (
    key TEXT PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    learnt_at TEXT NOT NULL
);

CREATE TABLE bank_csv_mappings (
    bank TEXT PRIMARY KEY,
    mapping TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TRIGGER bank_statements_no_update BEFORE UPDATE ON bank_statements
BEGIN
    SELECT RAISE(ABORT, 'an imported bank statement cannot be changed');
END;
CREATE TRIGGER bank_statements_no_delete BEFORE DELETE ON bank_statements
BEGIN
    SELECT RAISE(ABORT, 'an imported bank statement cannot be deleted');
END;
CREATE TRIGGER bank_statements_no_replace BEFORE INSERT ON bank_statements
WHEN EXISTS (SELECT 1 FROM bank_statements WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'an imported bank statement cannot be replaced');
END;

CREATE TRIGGER bank_lines_no_update BEFORE UPDATE ON bank_lines
BEGIN
    SELECT RAISE(ABORT, 'an imported bank line cannot be changed');
END;
CREATE TRIGGER bank_lines_no_delete BEFORE DELETE ON bank_lines
BEGIN
    SELECT RAISE(ABORT, 'an imported bank line cannot be deleted');
END;
CREATE TRIGGER bank_lines_no_replace BEFORE INSERT ON bank_lines
WHEN EXISTS (SELECT 1 FROM bank_lines WHERE id = NEW.id)
  OR EXISTS (SELECT 1 FROM bank_lines WHERE account = NEW.account AND identity = NEW.identity)
BEGIN
    SELECT RAISE(ABORT, 'duplicate: this bank line is already imported');
END;

CREATE TRIGGER bank_line_payments_no_update BEFORE UPDATE ON bank_line_payments
BEGIN
    SELECT RAISE(ABORT, 'a confirmed bank line cannot be changed');
END;
CREATE TRIGGER bank_line_payments_no_delete BEFORE DELETE ON bank_line_payments
BEGIN
    SELECT RAISE(ABORT, 'a confirmed bank line cannot be deleted');
END;
CREATE TRIGGER bank_line_payments_no_replace BEFORE INSERT ON bank_line_payments
WHEN EXISTS (SELECT 1 FROM bank_line_payments WHERE bank_line_id = NEW.bank_line_id)
  OR EXISTS (SELECT 1 FROM bank_line_payments WHERE payment_id = NEW.payment_id)
BEGIN
    SELECT RAISE(ABORT, 'duplicate: this bank line is already confirmed');
END;
