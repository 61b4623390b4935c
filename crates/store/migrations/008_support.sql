-- The support desk: the published offer (plans and their prices), each customer's plan
-- over time, requests with their timeline, escalations to Microsoft, time entries and
-- what of them was billed. Instants are UTC RFC 3339 text; dates YYYY-MM-DD.

CREATE TABLE support_plans (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    no_support INTEGER NOT NULL DEFAULT 0 CHECK (no_support IN (0, 1)),
    covered_fr TEXT NOT NULL DEFAULT '',
    covered_en TEXT NOT NULL DEFAULT '',
    not_covered_fr TEXT NOT NULL DEFAULT '',
    not_covered_en TEXT NOT NULL DEFAULT '',
    time_zone TEXT NOT NULL DEFAULT 'Europe/Paris',
    -- domain::support::WeeklyHours as JSON.
    hours_json TEXT NOT NULL,
    -- domain::support::HolidayRules as JSON.
    holidays_json TEXT NOT NULL,
    phone TEXT,
    email TEXT,
    portal_url TEXT,
    -- [domain::support::SeverityTarget] as JSON.
    targets_json TEXT NOT NULL DEFAULT '[]',
    -- [domain::support::Route] codes as JSON.
    escalation_routes_json TEXT NOT NULL DEFAULT '[]',
    delivered_by TEXT NOT NULL DEFAULT 'own_team'
        CHECK (delivered_by IN ('own_team', 'subcontractor', 'resold')),
    provider_name TEXT,
    provider_contact TEXT,
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Like the catalog's prices: never edited, a new row from a later date.
CREATE TABLE support_plan_prices (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES support_plans(id),
    currency TEXT NOT NULL,
    effective_from TEXT NOT NULL,
    monthly_fee TEXT NOT NULL,
    hourly_rate TEXT NOT NULL,
    included_minutes INTEGER NOT NULL CHECK (included_minutes >= 0),
    increment_minutes INTEGER NOT NULL CHECK (increment_minutes >= 1),
    minimum_minutes INTEGER NOT NULL CHECK (minimum_minutes >= 0),
    rounding TEXT NOT NULL CHECK (rounding IN ('per_entry', 'per_month')),
    cost_monthly TEXT NOT NULL DEFAULT '0',
    cost_hourly TEXT NOT NULL DEFAULT '0',
    UNIQUE (plan_id, currency, effective_from)
);

-- Which plan a customer has from a date on; the latest row on or before a date holds.
CREATE TABLE customer_support_plans (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    plan_id INTEGER NOT NULL REFERENCES support_plans(id),
    effective_from TEXT NOT NULL,
    UNIQUE (customer_id, effective_from)
);

-- The Microsoft support routes the partner declares it holds (commercial support is
-- open to every CSP partner and need not be declared).
CREATE TABLE microsoft_support_routes (
    route TEXT PRIMARY KEY
        CHECK (route IN ('partner_cloud', 'advanced_support', 'premier_support')),
    contract_reference TEXT
);

CREATE TABLE support_requests (
    id INTEGER PRIMARY KEY,
    -- S-2026-00001: per year, never reused.
    number TEXT NOT NULL UNIQUE,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    -- A contact removed later leaves its name in `contact_name`.
    contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    contact_name TEXT,
    channel TEXT NOT NULL CHECK (channel IN ('phone', 'email', 'portal', 'on_site')),
    category TEXT NOT NULL
        CHECK (category IN ('billing', 'technical', 'subscription_change', 'access', 'other')),
    severity TEXT NOT NULL CHECK (severity IN ('critical', 'high', 'normal', 'low')),
    subject TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    -- The plan in force when the request was opened: its hours and targets count.
    plan_id INTEGER NOT NULL REFERENCES support_plans(id),
    assigned_to INTEGER REFERENCES staff(id),
    state TEXT NOT NULL
        CHECK (state IN ('new', 'in_progress', 'waiting_on_customer', 'escalated',
                         'resolved', 'closed')),
    opened_at TEXT NOT NULL,
    first_response_at TEXT,
    resolved_at TEXT,
    closed_at TEXT,
    created_by INTEGER NOT NULL REFERENCES staff(id)
);
CREATE INDEX support_requests_open ON support_requests (state, customer_id);
CREATE INDEX support_requests_customer ON support_requests (customer_id, opened_at);

-- The invoices and subscriptions a request is about. A billing question naming an
-- invoice holds it in collections (`hold_id`) while the request is open.
CREATE TABLE support_request_links (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES support_requests(id),
    invoice_id INTEGER REFERENCES invoices(id),
    subscription_id INTEGER REFERENCES subscriptions(id),
    hold_id INTEGER REFERENCES collection_holds(id),
    CHECK ((invoice_id IS NULL) <> (subscription_id IS NULL)),
    UNIQUE (request_id, invoice_id),
    UNIQUE (request_id, subscription_id)
);

-- The request's timeline: what happened, in order. Written once.
CREATE TABLE support_events (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES support_requests(id),
    at TEXT NOT NULL,
    staff_id INTEGER REFERENCES staff(id),
    -- opened, state, note, reply, escalated, microsoft, assigned, severity
    kind TEXT NOT NULL,
    from_state TEXT,
    to_state TEXT,
    body TEXT NOT NULL DEFAULT ''
);
CREATE INDEX support_events_request ON support_events (request_id, at);

CREATE TRIGGER support_events_kept BEFORE DELETE ON support_events
BEGIN
    SELECT RAISE(ABORT, 'a request''s timeline is kept');
END;
CREATE TRIGGER support_events_unchanged BEFORE UPDATE ON support_events
BEGIN
    SELECT RAISE(ABORT, 'a request''s timeline is kept');
END;
CREATE TRIGGER support_events_no_replace BEFORE INSERT ON support_events
WHEN EXISTS (SELECT 1 FROM support_events WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'a request''s timeline is kept');
END;

-- A case opened with Microsoft: one route, one case number.
CREATE TABLE support_escalations (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES support_requests(id),
    route TEXT NOT NULL
        CHECK (route IN ('commercial', 'partner_cloud', 'advanced_support', 'premier_support')),
    case_number TEXT NOT NULL,
    opened_on TEXT NOT NULL,
    closed_on TEXT,
    UNIQUE (route, case_number)
);

CREATE TABLE support_time_entries (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES support_requests(id),
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    started_at TEXT NOT NULL,
    ended_at TEXT NOT NULL CHECK (ended_at > started_at),
    minutes INTEGER NOT NULL CHECK (minutes >= 1),
    billable INTEGER NOT NULL CHECK (billable IN (0, 1)),
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX support_time_request ON support_time_entries (request_id);

-- A running timer: one per staff member, kept in the book so it survives a restart.
CREATE TABLE support_timers (
    staff_id INTEGER PRIMARY KEY REFERENCES staff(id),
    request_id INTEGER NOT NULL REFERENCES support_requests(id),
    started_at TEXT NOT NULL
);

-- Time entries billed, and by which line: an entry is billed once (UNIQUE). Deleting a
-- draft frees its entries; an issued line is immutable, and a credit note on it frees
-- nothing.
CREATE TABLE support_time_billed (
    time_entry_id INTEGER NOT NULL UNIQUE REFERENCES support_time_entries(id),
    invoice_line_id INTEGER NOT NULL REFERENCES invoice_lines(id) ON DELETE CASCADE,
    -- The minutes this entry was billed for after rounding (per entry), or its share.
    billed_minutes INTEGER NOT NULL
);
CREATE INDEX support_time_billed_line ON support_time_billed (invoice_line_id);

-- A plan's monthly fee billed for a customer and month: once.
CREATE TABLE support_fees_billed (
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    month TEXT NOT NULL,
    invoice_line_id INTEGER NOT NULL REFERENCES invoice_lines(id) ON DELETE CASCADE,
    UNIQUE (customer_id, month)
);

-- The "no support" plan every customer has until given another.
INSERT INTO support_plans (id, name, no_support, hours_json, holidays_json, created_at, updated_at)
VALUES (1, 'Sans support', 1, '{"days":[[],[],[],[],[],[],[]]}',
        '{"french":true,"alsace_moselle":false,"closed_days":[]}',
        strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
INSERT INTO customer_support_plans (customer_id, plan_id, effective_from)
SELECT id, 1, '2000-01-01' FROM customers;

-- A customer added later starts on it too: every customer has a plan on every date.
CREATE TRIGGER customers_start_without_support AFTER INSERT ON customers
BEGIN
    INSERT INTO customer_support_plans (customer_id, plan_id, effective_from)
    VALUES (NEW.id, 1, '2000-01-01');
END;
