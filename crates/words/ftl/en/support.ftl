# The support desk: the lists' names, refusals, the timeline's sentences.

## The lists, by stored code

support-channel = { $code ->
        [phone] Phone
        [email] E-mail
        [portal] Portal
       *[on_site] On site
    }
support-category = { $code ->
        [billing] Billing question
        [technical] Technical
        [subscription_change] Subscription change
        [access] Access or suspension
       *[other] Other
    }
support-severity = { $code ->
        [critical] Critical
        [high] High
        [normal] Normal
       *[low] Low
    }
support-state = { $code ->
        [new] New
        [in_progress] In progress
        [waiting_on_customer] Waiting on the customer
        [escalated] Escalated to Microsoft
        [resolved] Resolved
       *[closed] Closed
    }
support-route = { $code ->
        [commercial] Microsoft commercial support (billing and subscriptions)
        [partner_cloud] Partner cloud support
        [advanced_support] Advanced Support for Partners
       *[premier_support] Premier Support for Partners
    }
support-delivered-by = { $code ->
        [own_team] Our own team
        [subcontractor] A subcontractor
       *[resold] A provider whose support we resell
    }
support-rounding = { $code ->
        [per_entry] Rounded on each entry
       *[per_month] Rounded on the month's total
    }

## Refusals, next to the field at fault

support-problem-not-a-time = Not a time: expected as 09:00 (24:00 to end at midnight).
support-problem-no-hours = A support plan needs at least one range of service hours, or its targets never run.
support-problem-not-a-duration = Not a duration: expected in hours, such as 4, 4:30 or 1.5.
support-problem-resolution-before-response = The resolution target cannot be shorter than the first-response target.
support-problem-target-missing = Give this severity's targets.
support-problem-not-a-url = Not a web address: expected https://… without spaces.
support-problem-route-not-held = You have not declared that you hold this escalation route: { $route }.
support-problem-request-closed = This request is closed: it can no longer be changed.
support-problem-move-not-allowed = A request that is “{ $from }” cannot move to “{ $to }”.
support-problem-end-before-start = The end must come after the start.
support-problem-entry-too-long = A time entry lasts at most 24 hours; split it into several entries.
support-problem-not-the-customers = This does not belong to the request's customer.
support-problem-timer-already-running = A timer is already running; stop it before starting another.
support-problem-no-timer-running = No timer is running.
support-problem-timer-running-on-it = A timer is running on this request; stop it before closing the request.
support-problem-plan-archived = This plan is archived: it is no longer offered to customers.
support-problem-not-an-instant = Not a date and time: expected as 2026-12-04T09:30:00+01:00.
support-problem-in-the-future = This date and time is in the future.

## The timeline, one sentence per event

support-event-opened = { $channel ->
        [phone] Request received by phone.
        [email] Request received by e-mail.
        [portal] Request received through the portal.
        [on_site] Request received on site.
       *[other] Request opened.
    }
support-event-state = “{ $from }” → “{ $to }”.
# $route: a word of support-route, which may hold its own parentheses.
support-event-escalated = Escalated to Microsoft through { $route }, case { $case }.
support-event-assigned = Assigned to { $name }.
support-event-unassigned = No longer assigned.
support-event-reply = Reply to the customer.
support-event-note = Internal note.
support-event-microsoft = Exchange with Microsoft.

## Collections: why an invoice is held

# $number: the request's number, S-2026-00042.
support-hold-reason = Disputed in support request { $number }

## The "no support" plan and the indicator on the customer's page

support-no-support-plan = No support
support-none = No support
