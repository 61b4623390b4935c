-- Re-billing what Microsoft charged: the partner's markup on Microsoft's cost, how
-- licences Microsoft prorated are billed, and which invoice line bills each imported
-- Partner Center line.
--
-- Rates are text decimals in percent (12.5 = 12.5 %), never a float.

-- One row: the default markup and the treatment of Microsoft's prorated licence charges
-- (addQuantity, removeQuantity mid-term): 'ardoise' bills seats added by Ardoise's own
-- proration (the behaviour before re-billing existed), 'microsoft' as Microsoft prorated
-- them.
CREATE TABLE rebill_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    default_markup TEXT NOT NULL DEFAULT '0',
    prorated_licences TEXT NOT NULL DEFAULT 'ardoise'
        CHECK (prorated_licences IN ('ardoise', 'microsoft'))
);
INSERT INTO rebill_settings (id) VALUES (1);

-- A markup for a product, for every customer (customer_id NULL) or for one customer:
-- the most specific wins. One row per product and customer (or none).
CREATE TABLE rebill_markups (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products(id),
    customer_id INTEGER REFERENCES customers(id),
    rate TEXT NOT NULL
);
CREATE UNIQUE INDEX rebill_markups_one ON rebill_markups (product_id, IFNULL(customer_id, 0));

-- Partner Center lines billed, and by which invoice line: a line is billed once
-- (UNIQUE). Deleting a draft, or a line of it, frees what it billed (ON DELETE CASCADE);
-- what an issued line billed stays billed, credited or not.
CREATE TABLE rebill_links (
    pc_line_id INTEGER NOT NULL UNIQUE REFERENCES pc_lines(id),
    invoice_line_id INTEGER NOT NULL REFERENCES invoice_lines(id) ON DELETE CASCADE
);
CREATE INDEX rebill_links_line ON rebill_links (invoice_line_id);

CREATE TRIGGER rebill_links_kept BEFORE DELETE ON rebill_links
WHEN EXISTS (SELECT 1 FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
             WHERE l.id = OLD.invoice_line_id AND i.status = 'issued')
BEGIN
    SELECT RAISE(ABORT, 'a Microsoft line billed on an issued invoice stays billed: issue a credit note');
END;

CREATE TRIGGER rebill_links_unchanged BEFORE UPDATE ON rebill_links
WHEN EXISTS (SELECT 1 FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
             WHERE l.id IN (OLD.invoice_line_id, NEW.invoice_line_id) AND i.status = 'issued')
BEGIN
    SELECT RAISE(ABORT, 'a Microsoft line billed on an issued invoice stays billed: issue a credit note');
END;

CREATE TRIGGER rebill_links_no_replace BEFORE INSERT ON rebill_links
WHEN EXISTS (SELECT 1 FROM rebill_links b JOIN invoice_lines l ON l.id = b.invoice_line_id
             JOIN invoices i ON i.id = l.invoice_id
             WHERE b.pc_line_id = NEW.pc_line_id AND i.status = 'issued')
BEGIN
    SELECT RAISE(ABORT, 'a Microsoft line billed on an issued invoice stays billed: issue a credit note');
END;

-- What a billing run looks for: a month's usage, a month's changes of seats.
CREATE INDEX pc_lines_usage ON pc_lines (usage_date) WHERE usage_date IS NOT NULL;
CREATE INDEX pc_lines_charge ON pc_lines (charge_type, charge_start);
