-- Microsoft Partner Center's reconciliation files imported, and their lines: what
-- Microsoft billed the partner, kept as Microsoft wrote it, for reconciliation and margin.
--
-- A file is imported once (its SHA-256 is UNIQUE). A line is imported once whatever file
-- brings it: its key is a hash of what the line says once read (ids, charge type,
-- amounts with their decimals normalised, dates) and its occurrence in the file, so a
-- copy a spreadsheet saved again (another SHA-256, semicolons, decimal commas) adds
-- nothing; the key keeps sixteen bytes of that hash. Lines refer to customers and
-- subscriptions by Microsoft's ids (tenant, subscription id), not by the book's: a
-- customer created later still finds its lines.
-- Amounts are text decimals with every decimal the file gives; never a float.
-- Imports, their totals and their lines are records: written once (triggers, INSERT OR
-- REPLACE included).

CREATE TABLE pc_imports (
    id INTEGER PRIMARY KEY,
    file_sha256 TEXT NOT NULL UNIQUE,
    file_name TEXT NOT NULL,
    kind TEXT NOT NULL
        CHECK (kind IN ('new_commerce_invoice', 'daily_rated_usage', 'legacy_license_based')),
    line_count INTEGER NOT NULL CHECK (line_count >= 0),
    period_from TEXT,
    period_to TEXT,
    imported_at TEXT NOT NULL,
    staff_id INTEGER NOT NULL REFERENCES staff(id)
);

-- The file's own total of its Subtotal column (BillingPreTaxTotal, Amount) per currency.
CREATE TABLE pc_import_totals (
    import_id INTEGER NOT NULL REFERENCES pc_imports(id),
    currency TEXT NOT NULL,
    subtotal TEXT NOT NULL,
    PRIMARY KEY (import_id, currency)
);

CREATE TABLE pc_lines (
    id INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES pc_imports(id),
    file_line INTEGER NOT NULL,
    line_key BLOB NOT NULL UNIQUE CHECK (length(line_key) = 16),
    customer_tenant TEXT NOT NULL,
    customer_name TEXT NOT NULL,
    subscription_id TEXT NOT NULL,
    product_id TEXT NOT NULL,
    sku_id TEXT,
    product_name TEXT,
    sku_name TEXT NOT NULL,
    charge_type TEXT NOT NULL,
    unit_price TEXT NOT NULL,
    effective_unit_price TEXT,
    quantity TEXT NOT NULL,
    billable_quantity TEXT,
    subtotal TEXT NOT NULL,
    -- The line's cost as Microsoft rounds it; NULL when the file gives no effective price.
    microsoft_cost TEXT,
    currency TEXT NOT NULL,
    pricing_currency TEXT,
    exchange_rate TEXT,
    charge_start TEXT,
    charge_end TEXT,
    term TEXT,
    billing_frequency TEXT,
    reference_id TEXT,
    invoice_number TEXT,
    order_id TEXT,
    meter TEXT,
    usage_date TEXT
);
-- Few indexes, on what arrives in order (a file's lines share an import; re-billing adds
-- its own on charge types and days, which a file holds few of): a million lines are
-- written in seconds. The key of random order (the line key) is kept short, so its index
-- stays in the book's cache.
CREATE INDEX pc_lines_import ON pc_lines (import_id);

CREATE TRIGGER pc_imports_no_update BEFORE UPDATE ON pc_imports
BEGIN
    SELECT RAISE(ABORT, 'an imported Partner Center file cannot be changed');
END;
CREATE TRIGGER pc_imports_no_delete BEFORE DELETE ON pc_imports
BEGIN
    SELECT RAISE(ABORT, 'an imported Partner Center file cannot be deleted');
END;
CREATE TRIGGER pc_imports_no_replace BEFORE INSERT ON pc_imports
WHEN EXISTS (SELECT 1 FROM pc_imports WHERE id = NEW.id)
  OR EXISTS (SELECT 1 FROM pc_imports WHERE file_sha256 = NEW.file_sha256)
BEGIN
    SELECT RAISE(ABORT, 'an imported Partner Center file cannot be replaced');
END;

CREATE TRIGGER pc_import_totals_no_update BEFORE UPDATE ON pc_import_totals
BEGIN
    SELECT RAISE(ABORT, 'an imported Partner Center total cannot be changed');
END;
CREATE TRIGGER pc_import_totals_no_delete BEFORE DELETE ON pc_import_totals
BEGIN
    SELECT RAISE(ABORT, 'an imported Partner Center total cannot be deleted');
END;
CREATE TRIGGER pc_import_totals_no_replace BEFORE INSERT ON pc_import_totals
WHEN EXISTS (SELECT 1 FROM pc_import_totals
             WHERE import_id = NEW.import_id AND currency = NEW.currency)
BEGIN
    SELECT RAISE(ABORT, 'an imported Partner Center total cannot be replaced');
END;

CREATE TRIGGER pc_lines_no_update BEFORE UPDATE ON pc_lines
BEGIN
    SELECT RAISE(ABORT, 'an imported Partner Center line cannot be changed');
END;
CREATE TRIGGER pc_lines_no_delete BEFORE DELETE ON pc_lines
BEGIN
    SELECT RAISE(ABORT, 'an imported Partner Center line cannot be deleted');
END;
CREATE TRIGGER pc_lines_no_replace BEFORE INSERT ON pc_lines
WHEN EXISTS (SELECT 1 FROM pc_lines WHERE id = NEW.id)
  OR EXISTS (SELECT 1 FROM pc_lines WHERE line_key = NEW.line_key)
BEGIN
    SELECT RAISE(ABORT, 'an imported Partner Center line cannot be replaced');
END;
