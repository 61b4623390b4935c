-- The book's foundation: the partner, staff and audit, customers, catalog, subscriptions.
-- Amounts of money are INTEGER minor units; unit prices keep their decimals as TEXT;
-- dates are TEXT YYYY-MM-DD; instants are TEXT RFC 3339 in UTC.

CREATE TABLE partner (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    legal_name TEXT NOT NULL,
    legal_form TEXT,
    share_capital_minor INTEGER,
    siren TEXT,
    siret TEXT,
    vat_number TEXT,
    rcs TEXT,
    address_line1 TEXT NOT NULL,
    address_line2 TEXT,
    postal_code TEXT NOT NULL,
    city TEXT NOT NULL,
    country TEXT NOT NULL,
    email TEXT,
    phone TEXT,
    website TEXT,
    bank_name TEXT,
    iban TEXT,
    bic TEXT,
    default_currency TEXT NOT NULL,
    payment_terms_days INTEGER NOT NULL CHECK (payment_terms_days >= 0),
    late_penalty_rate TEXT NOT NULL,
    recovery_indemnity_minor INTEGER NOT NULL CHECK (recovery_indemnity_minor >= 0),
    logo_png BLOB
);

CREATE TABLE staff (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    -- Comma-separated roles: user_admin, billing_admin, support_agent, sales_agent.
    roles TEXT NOT NULL,
    password_hash TEXT,
    created_at TEXT NOT NULL
);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER,
    detail TEXT NOT NULL
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    legal_name TEXT NOT NULL,
    vat_number TEXT,
    country TEXT NOT NULL,
    address_line1 TEXT NOT NULL,
    address_line2 TEXT,
    postal_code TEXT NOT NULL,
    city TEXT NOT NULL,
    language TEXT NOT NULL CHECK (language IN ('fr', 'en')),
    currency TEXT NOT NULL,
    payment_terms_days INTEGER NOT NULL CHECK (payment_terms_days >= 0),
    tenant_id TEXT UNIQUE,
    domain TEXT,
    support_plan TEXT,
    status TEXT NOT NULL CHECK (status IN ('active', 'suspended', 'inactive')),
    notes TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX customers_name ON customers (legal_name COLLATE NOCASE);

CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('billing', 'technical', 'other')),
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    phone TEXT
);
CREATE INDEX contacts_customer ON contacts (customer_id);

CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    ms_product_id TEXT NOT NULL,
    ms_sku_id TEXT NOT NULL,
    name TEXT NOT NULL,
    unit TEXT NOT NULL,
    UNIQUE (ms_product_id, ms_sku_id)
);

CREATE TABLE prices (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products(id),
    currency TEXT NOT NULL,
    effective_from TEXT NOT NULL,
    partner_cost TEXT NOT NULL,
    resale_price TEXT NOT NULL,
    UNIQUE (product_id, currency, effective_from)
);

CREATE TABLE subscriptions (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    product_id INTEGER NOT NULL REFERENCES products(id),
    quantity INTEGER NOT NULL CHECK (quantity >= 0),
    term TEXT NOT NULL CHECK (term IN ('monthly', 'annual', 'triennial')),
    billing_frequency TEXT NOT NULL
        CHECK (billing_frequency IN ('monthly', 'annual', 'triennial', 'one_time')),
    start_date TEXT NOT NULL,
    renewal_date TEXT NOT NULL,
    auto_renew INTEGER NOT NULL CHECK (auto_renew IN (0, 1)),
    status TEXT NOT NULL CHECK (status IN ('active', 'suspended', 'cancelled', 'expired')),
    pc_subscription_id TEXT UNIQUE,
    created_at TEXT NOT NULL
);
CREATE INDEX subscriptions_customer ON subscriptions (customer_id);

-- Every seat count a subscription has had, from its start: what proration reads.
CREATE TABLE subscription_quantities (
    id INTEGER PRIMARY KEY,
    subscription_id INTEGER NOT NULL REFERENCES subscriptions(id),
    effective_date TEXT NOT NULL,
    quantity INTEGER NOT NULL CHECK (quantity >= 0),
    recorded_at TEXT NOT NULL
);
CREATE INDEX subscription_quantities_sub ON subscription_quantities (subscription_id);

-- The built-in administrator: every use case is performed by a staff member.
INSERT INTO staff (id, username, display_name, roles, created_at)
VALUES (1, 'admin', 'Administrator', 'user_admin,billing_admin,support_agent,sales_agent',
        '1970-01-01T00:00:00Z');
