-- Renewal notices: which subscription was told about which renewal, in which letter.
-- One notice per subscription and renewal date; the next renewal (a year or three
-- later) gets its own.
CREATE TABLE renewal_notices (
    id INTEGER PRIMARY KEY,
    subscription_id INTEGER NOT NULL REFERENCES subscriptions(id),
    renewal_date TEXT NOT NULL,
    communication_id INTEGER NOT NULL REFERENCES communications(id),
    produced_on TEXT NOT NULL,
    UNIQUE (subscription_id, renewal_date)
);

CREATE TRIGGER renewal_notices_kept BEFORE DELETE ON renewal_notices
BEGIN
    SELECT RAISE(ABORT, 'a renewal notice sent stays recorded');
END;
