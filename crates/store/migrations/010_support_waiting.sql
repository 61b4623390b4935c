-- The changes of state into or out of waiting on the customer: the only ones that pause
-- a request's clocks. When a plan's hours change, every request's due times are computed
-- again from them (`support_clocks.rs`); kept apart, they are read without scanning the
-- whole timeline (a few of every ten events).
CREATE INDEX support_events_waiting
    ON support_events (request_id, at, from_state, to_state)
    WHERE from_state = 'waiting_on_customer' OR to_state = 'waiting_on_customer';
