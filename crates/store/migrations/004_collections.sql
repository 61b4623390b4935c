-- Collections: what was produced for each invoice at each step of the policy, holds,
-- and suspensions of subscriptions in Partner Center.
--
-- The policy itself (steps and letter texts) is a setting (JSON, validated by the
-- domain before it is saved).

-- One row per invoice and step carried out, written with the letter's log entry: the
-- engine reads it so a step is never produced twice.
CREATE TABLE collection_steps_done (
    id INTEGER PRIMARY KEY,
    invoice_id INTEGER NOT NULL REFERENCES invoices(id),
    step_code TEXT NOT NULL,
    communication_id INTEGER NOT NULL REFERENCES communications(id),
    produced_on TEXT NOT NULL,
    UNIQUE (invoice_id, step_code)
);

CREATE TRIGGER collection_steps_done_kept BEFORE DELETE ON collection_steps_done
BEGIN
    SELECT RAISE(ABORT, 'a step carried out stays recorded');
END;

-- A hold stops collections for one invoice (a dispute) or a whole customer, until lifted.
CREATE TABLE collection_holds (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    invoice_id INTEGER REFERENCES invoices(id),
    reason TEXT NOT NULL,
    created_at TEXT NOT NULL,
    lifted_at TEXT
);
CREATE INDEX collection_holds_open ON collection_holds (lifted_at, customer_id);

-- A subscription to suspend in Partner Center because invoices billing it went unpaid
-- to the suspension step; then suspended; then, once paid, to reactivate and reactivated.
CREATE TABLE suspensions (
    id INTEGER PRIMARY KEY,
    subscription_id INTEGER NOT NULL REFERENCES subscriptions(id),
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    -- JSON array of the invoice ids that led to it.
    invoice_ids TEXT NOT NULL,
    proposed_on TEXT NOT NULL,
    suspended_on TEXT,
    reactivated_on TEXT
);
CREATE INDEX suspensions_open ON suspensions (reactivated_on, subscription_id);
