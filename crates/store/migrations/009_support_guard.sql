-- The support desk's history and billed support, held against plain SQL as
-- 007_tamper_proof.sql holds invoices: what was billed on an issued invoice stays billed,
-- prices and escalations are appended, a closed request and its timeline are final.
-- `ardoise check` finds what a dropped trigger let through (crates/store/src/support_guard.rs).

-- A resolved request's clocks as they stood when it was resolved (JSON, written by the
-- application): a later change of its plan's hours or targets does not rewrite whether
-- they were met. NULL while the request is open.
ALTER TABLE support_requests ADD COLUMN targets_at_resolution TEXT;

-- Billed time and fees: tied to an issued line for good. A draft's line may go (deleting
-- the draft or the line frees them, by cascade); an issued one may not.
CREATE TRIGGER support_time_billed_kept BEFORE DELETE ON support_time_billed
WHEN EXISTS (SELECT 1 FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
             WHERE l.id = OLD.invoice_line_id AND i.status = 'issued')
BEGIN
    SELECT RAISE(ABORT, 'time billed on an issued invoice stays billed: issue a credit note');
END;

CREATE TRIGGER support_time_billed_unchanged BEFORE UPDATE ON support_time_billed
WHEN EXISTS (SELECT 1 FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
             WHERE l.id IN (OLD.invoice_line_id, NEW.invoice_line_id) AND i.status = 'issued')
BEGIN
    SELECT RAISE(ABORT, 'time billed on an issued invoice stays billed: issue a credit note');
END;

CREATE TRIGGER support_time_billed_no_replace BEFORE INSERT ON support_time_billed
WHEN EXISTS (SELECT 1 FROM support_time_billed b JOIN invoice_lines l ON l.id = b.invoice_line_id
             JOIN invoices i ON i.id = l.invoice_id
             WHERE b.time_entry_id = NEW.time_entry_id AND i.status = 'issued')
BEGIN
    SELECT RAISE(ABORT, 'time billed on an issued invoice stays billed: issue a credit note');
END;

CREATE TRIGGER support_fees_billed_kept BEFORE DELETE ON support_fees_billed
WHEN EXISTS (SELECT 1 FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
             WHERE l.id = OLD.invoice_line_id AND i.status = 'issued')
BEGIN
    SELECT RAISE(ABORT, 'a support fee billed on an issued invoice stays billed: issue a credit note');
END;

CREATE TRIGGER support_fees_billed_unchanged BEFORE UPDATE ON support_fees_billed
WHEN EXISTS (SELECT 1 FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
             WHERE l.id IN (OLD.invoice_line_id, NEW.invoice_line_id) AND i.status = 'issued')
BEGIN
    SELECT RAISE(ABORT, 'a support fee billed on an issued invoice stays billed: issue a credit note');
END;

CREATE TRIGGER support_fees_billed_no_replace BEFORE INSERT ON support_fees_billed
WHEN EXISTS (SELECT 1 FROM support_fees_billed b JOIN invoice_lines l ON l.id = b.invoice_line_id
             JOIN invoices i ON i.id = l.invoice_id
             WHERE b.customer_id = NEW.customer_id AND b.month = NEW.month
               AND i.status = 'issued')
BEGIN
    SELECT RAISE(ABORT, 'a support fee billed on an issued invoice stays billed: issue a credit note');
END;

-- Time entries: a billed one is frozen (its invoice says what it was); none says more
-- minutes than its span, nor more than a day.
CREATE TRIGGER support_time_entries_billed_unchanged BEFORE UPDATE ON support_time_entries
WHEN EXISTS (SELECT 1 FROM support_time_billed WHERE time_entry_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'billed time cannot be changed');
END;

CREATE TRIGGER support_time_entries_billed_kept BEFORE DELETE ON support_time_entries
WHEN EXISTS (SELECT 1 FROM support_time_billed WHERE time_entry_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'billed time cannot be changed');
END;

CREATE TRIGGER support_time_entries_billed_no_replace BEFORE INSERT ON support_time_entries
WHEN EXISTS (SELECT 1 FROM support_time_billed WHERE time_entry_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'billed time cannot be changed');
END;

-- Minutes are whole and rounded to the nearest: up to 30 seconds over the span.
CREATE TRIGGER support_time_entries_within_span BEFORE INSERT ON support_time_entries
WHEN NEW.minutes > 1440
  OR julianday(NEW.ended_at) IS NULL OR julianday(NEW.started_at) IS NULL
  OR NEW.minutes * 60.0 > (julianday(NEW.ended_at) - julianday(NEW.started_at)) * 86400.0 + 30.5
BEGIN
    SELECT RAISE(ABORT, 'a time entry counts at most its span and at most a day');
END;

CREATE TRIGGER support_time_entries_within_span_update BEFORE UPDATE ON support_time_entries
WHEN NEW.minutes > 1440
  OR julianday(NEW.ended_at) IS NULL OR julianday(NEW.started_at) IS NULL
  OR NEW.minutes * 60.0 > (julianday(NEW.ended_at) - julianday(NEW.started_at)) * 86400.0 + 30.5
BEGIN
    SELECT RAISE(ABORT, 'a time entry counts at most its span and at most a day');
END;

-- Prices, like the catalog's: a new row from a later date, never an edit.
CREATE TRIGGER support_plan_prices_unchanged BEFORE UPDATE ON support_plan_prices
BEGIN
    SELECT RAISE(ABORT, 'a published price is kept: add one from a later date');
END;

CREATE TRIGGER support_plan_prices_kept BEFORE DELETE ON support_plan_prices
BEGIN
    SELECT RAISE(ABORT, 'a published price is kept: add one from a later date');
END;

CREATE TRIGGER support_plan_prices_no_replace BEFORE INSERT ON support_plan_prices
WHEN EXISTS (SELECT 1 FROM support_plan_prices WHERE id = NEW.id)
  OR EXISTS (SELECT 1 FROM support_plan_prices WHERE plan_id = NEW.plan_id
             AND currency = NEW.currency AND effective_from = NEW.effective_from)
BEGIN
    SELECT RAISE(ABORT, 'a published price is kept: add one from a later date');
END;

-- Escalations: recorded once; only their closing date is set, once.
CREATE TRIGGER support_escalations_closed_once BEFORE UPDATE ON support_escalations
WHEN OLD.closed_on IS NOT NULL
  OR NEW.id IS NOT OLD.id OR NEW.request_id IS NOT OLD.request_id
  OR NEW.route IS NOT OLD.route OR NEW.case_number IS NOT OLD.case_number
  OR NEW.opened_on IS NOT OLD.opened_on
BEGIN
    SELECT RAISE(ABORT, 'an escalation stays recorded; only its closing date is set, once');
END;

CREATE TRIGGER support_escalations_kept BEFORE DELETE ON support_escalations
BEGIN
    SELECT RAISE(ABORT, 'an escalation stays recorded; only its closing date is set, once');
END;

CREATE TRIGGER support_escalations_no_replace BEFORE INSERT ON support_escalations
WHEN EXISTS (SELECT 1 FROM support_escalations WHERE id = NEW.id)
  OR EXISTS (SELECT 1 FROM support_escalations
             WHERE route = NEW.route AND case_number = NEW.case_number)
BEGIN
    SELECT RAISE(ABORT, 'an escalation stays recorded; only its closing date is set, once');
END;

-- What a request is about stays; only the hold it placed changes (placed, lifted).
CREATE TRIGGER support_request_links_kept BEFORE DELETE ON support_request_links
BEGIN
    SELECT RAISE(ABORT, 'what a request is about stays recorded');
END;

CREATE TRIGGER support_request_links_hold_only BEFORE UPDATE ON support_request_links
WHEN NEW.id IS NOT OLD.id OR NEW.request_id IS NOT OLD.request_id
  OR NEW.invoice_id IS NOT OLD.invoice_id OR NEW.subscription_id IS NOT OLD.subscription_id
BEGIN
    SELECT RAISE(ABORT, 'what a request is about stays recorded');
END;

CREATE TRIGGER support_request_links_no_replace BEFORE INSERT ON support_request_links
WHEN EXISTS (SELECT 1 FROM support_request_links WHERE id = NEW.id)
  OR EXISTS (SELECT 1 FROM support_request_links
             WHERE request_id = NEW.request_id AND invoice_id = NEW.invoice_id)
  OR EXISTS (SELECT 1 FROM support_request_links
             WHERE request_id = NEW.request_id AND subscription_id = NEW.subscription_id)
BEGIN
    SELECT RAISE(ABORT, 'what a request is about stays recorded');
END;

-- A closed request is final.
CREATE TRIGGER support_requests_closed_final BEFORE UPDATE ON support_requests
WHEN OLD.state = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'a closed request is final');
END;

CREATE TRIGGER support_requests_closed_kept BEFORE DELETE ON support_requests
WHEN OLD.state = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'a closed request is final');
END;

CREATE TRIGGER support_requests_closed_no_replace BEFORE INSERT ON support_requests
WHEN EXISTS (SELECT 1 FROM support_requests WHERE id = NEW.id AND state = 'closed')
  OR EXISTS (SELECT 1 FROM support_requests WHERE number = NEW.number AND state = 'closed')
BEGIN
    SELECT RAISE(ABORT, 'a closed request is final');
END;

-- The timeline is appended in time order: nothing slipped in before the last event.
CREATE TRIGGER support_events_in_order BEFORE INSERT ON support_events
WHEN NEW.at < (SELECT MAX(at) FROM support_events WHERE request_id = NEW.request_id)
BEGIN
    SELECT RAISE(ABORT, 'a request''s timeline is appended in time order');
END;
