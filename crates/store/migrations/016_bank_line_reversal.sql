-- A payment made of a bank line and then reversed (recorded by mistake: wrong customer,
-- wrong invoices) leaves the money received all the same: the line is open again, to be
-- confirmed anew. A line therefore keeps every payment it became, and at most one of
-- them is not reversed; the rows stay written once.
--
-- SQLite cannot drop a PRIMARY KEY: the table is rebuilt under its name, its rows kept in
-- their order (DROP TABLE fires no delete trigger, and drops the old triggers with it).

ALTER TABLE bank_line_payments RENAME TO bank_line_payments_013;

CREATE TABLE bank_line_payments (
    id INTEGER PRIMARY KEY,
    bank_line_id INTEGER NOT NULL REFERENCES bank_lines(id),
    payment_id INTEGER NOT NULL UNIQUE REFERENCES payments(id),
    confirmed_at TEXT NOT NULL
);
INSERT INTO bank_line_payments (bank_line_id, payment_id, confirmed_at)
SELECT bank_line_id, payment_id, confirmed_at FROM bank_line_payments_013 ORDER BY rowid;
DROP TABLE bank_line_payments_013;
CREATE INDEX bank_line_payments_line ON bank_line_payments (bank_line_id, payment_id);

CREATE TRIGGER bank_line_payments_no_update BEFORE UPDATE ON bank_line_payments
BEGIN
    SELECT RAISE(ABORT, 'a confirmed bank line cannot be changed');
END;
CREATE TRIGGER bank_line_payments_no_delete BEFORE DELETE ON bank_line_payments
BEGIN
    SELECT RAISE(ABORT, 'a confirmed bank line cannot be deleted');
END;
-- One EXISTS per key, each answered by its own index.
CREATE TRIGGER bank_line_payments_no_replace BEFORE INSERT ON bank_line_payments
WHEN EXISTS (SELECT 1 FROM bank_line_payments WHERE id = NEW.id)
  OR EXISTS (SELECT 1 FROM bank_line_payments WHERE payment_id = NEW.payment_id)
  OR EXISTS (SELECT 1 FROM bank_line_payments c WHERE c.bank_line_id = NEW.bank_line_id
                AND NOT EXISTS (SELECT 1 FROM payment_reversals r
                                WHERE r.payment_id = c.payment_id))
BEGIN
    SELECT RAISE(ABORT, 'duplicate: this bank line is already confirmed');
END;
