-- The reference a customer quotes when paying: letters print it beside the partner's
-- IBAN and BIC, and bank statements' labels are matched against it. By default the
-- account number statements and letters already print (« C-00042 »), so what customers
-- were told before stays true.
ALTER TABLE customers ADD COLUMN reference TEXT;
UPDATE customers SET reference = printf('C-%05d', id);
CREATE UNIQUE INDEX customers_reference ON customers (reference COLLATE NOCASE);
CREATE TRIGGER customers_reference_default AFTER INSERT ON customers
WHEN NEW.reference IS NULL
BEGIN
    UPDATE customers SET reference = printf('C-%05d', NEW.id) WHERE id = NEW.id;
END;
