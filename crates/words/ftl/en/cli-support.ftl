# `ardoise support …`: the support desk's words in the terminal (crates/cli).

## Refusals

# $key: what was typed.
cli-support-not-found-request = No request is numbered “{ $key }”; `ardoise support requests list` lists the open ones, `--state closed` the closed ones.
cli-support-not-found-plan = No support plan is called “{ $key }”; `ardoise support plans list` lists them.

## Plans

cli-support-plan = Plan
cli-support-hours = Hours of service
cli-support-time-zone = Time zone
cli-support-monthly-fee = Monthly fee excl. VAT
cli-support-hourly-rate = Extra hour excl. VAT
cli-support-included = Included hours
cli-support-customers = Customers
cli-support-no-support = no support
cli-support-never-open = never open
cli-support-archived = archived
# $day: mon, tue, wed, thu, fri, sat or sun.
cli-support-day = { $day ->
        [mon] Mon
        [tue] Tue
        [wed] Wed
        [thu] Thu
        [fri] Fri
        [sat] Sat
       *[sun] Sun
    }
cli-support-holidays = closed on public holidays
# $name: the plan's name; $id: its number in the book.
cli-support-plan-created = Plan “{ $name }” created (id { $id }).
# $customer: the customer's name; $plan: the plan's name; $from: a date.
cli-support-plan-assigned = { $customer } is on the “{ $plan }” plan from { $from } on.

## Durations and countdowns, in hours of service

# $hours, $minutes: whole numbers, $minutes on two digits.
cli-support-duration = { $hours } h { $minutes }
cli-support-duration-hours = { $hours } h
cli-support-duration-minutes = { $minutes } min
# $time: a duration formatted as above.
cli-support-left = { $time } left
cli-support-late = { $time } late
cli-support-met = met
cli-support-missed = missed
cli-support-paused = paused

## The queue

cli-support-request = Request
cli-support-subject = Subject
cli-support-category = Category
cli-support-severity = Severity
cli-support-state = State
cli-support-first-response = First response
cli-support-resolution = Resolution
cli-support-assigned = Assigned to
# $count: requests listed; $breached: how many of them missed a target.
cli-support-queue-count = { $count ->
        [one] { $count } request
       *[other] { $count } requests
    }, { $breached } late

## One request

cli-support-channel = Channel
cli-support-contact = Contact
cli-support-opened = Opened
cli-support-invoices = Invoices
cli-support-held-in-collections = held in collections
# $at: a date and time; $time: the countdown.
cli-support-due-at = due { $at }, { $time }
cli-support-met-at = met on { $at }
cli-support-missed-at = missed, answered on { $at }
cli-support-no-target = no commitment
cli-support-when = When
cli-support-who = Who
cli-support-what = Event
cli-support-detail = Detail
cli-support-started = Start
cli-support-ended = End
cli-support-time-spent = Time
cli-support-billable = Billable
cli-support-yes = yes
cli-support-no = no
cli-support-billed = billed
cli-support-note = Note
# $total, $billable: durations.
cli-support-time-total = Time spent: { $total }, { $billable } of it billable
cli-support-route = Escalation route
cli-support-case = Microsoft case
cli-support-case-opened = Opened
cli-support-case-closed = Closed
# $zone: the plan's time zone, in which the times are shown.
cli-support-times-in = Times in the { $zone } time zone.

## What a command did

# $number: S-2026-00001; $id: its id in the book.
cli-support-request-added = Request { $number } logged (id { $id }).
# $invoice: F2026-00042.
cli-support-invoice-held = Invoice { $invoice } is held in collections while the request is open.
cli-support-invoice-released = Invoice { $invoice } is proposed to collections again.
# $number: the request; $id: the time entry; $total, $billable: the request's time so far.
cli-support-time-logged = Time logged on { $number } (entry { $id }): { $total } in all, { $billable } of it billable.
# $route: Microsoft's route in words; $case: Microsoft's case number.
cli-support-escalated = { $number } escalated to Microsoft — { $route }, case { $case }.
cli-support-resolved = { $number } is resolved.
cli-support-closed = { $number } is closed.
# $customer: the customer's name; $path: the file written.
cli-support-sheet-written = Support terms of { $customer } written to { $path } and recorded in its communication log.
