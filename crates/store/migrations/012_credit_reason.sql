-- Why a credit note was issued, as the clerk typed it: printed on the credit note.
-- A column of the document itself, written while it is a draft, so the triggers that
-- hold an issued document (no UPDATE, no DELETE, no INSERT OR REPLACE: 002, 007) hold
-- its reason too. Credit notes issued before this migration have none.
ALTER TABLE invoices ADD COLUMN credit_reason TEXT
    CHECK (credit_reason IS NULL OR length(trim(credit_reason)) BETWEEN 1 AND 500);
