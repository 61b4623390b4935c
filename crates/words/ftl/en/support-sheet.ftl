# The support-terms sheet a customer receives (crates/documents): what its plan covers,
# hours of service and closed days, how to reach support, targets, prices, escalation
# to Microsoft and who provides the support.

support-sheet-title = Support terms
# The PDF's title: "Support terms C-00042".
support-sheet-name = Support terms { $account }
support-sheet-plan = “{ $name }” plan
support-sheet-account = Customer account

support-sheet-covered = What is covered
support-sheet-not-covered = What is not covered
support-sheet-no-support = Your contract includes no support: no hours of service and no guaranteed response times. Questions about your invoices and subscriptions remain welcome, at the contacts below.

## Hours of service: "Monday to Friday: 9:00–12:30, 14:00–18:00"

support-sheet-hours = Hours of service
support-sheet-col-days = Days
support-sheet-col-hours = Hours
# A day at the start of a line.
support-sheet-weekday-first = { $day ->
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
    [6] Saturday
   *[7] Sunday
}
# A day after another one.
support-sheet-weekday = { $day ->
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
    [6] Saturday
   *[7] Sunday
}
support-sheet-days-two = { $first } and { $second }
support-sheet-days-span = { $first } to { $last }
support-sheet-every-day = Every day
support-sheet-day-closed = Closed
support-sheet-all-day = Around the clock
support-sheet-zone = Times are in the { $zone } time zone.
support-sheet-no-hours = This plan includes no hours of service.

## Closed days

support-sheet-closed-days = Closed days in { $year }
support-sheet-closed-intro = Besides the days without hours of service, support is closed on these days:
support-sheet-closed-none = No other closed days in { $year }.
support-sheet-closed-by-hand = Closed
# "Monday 6 April" (the year is in the heading); $month is the month's name
# (letter-month).
support-sheet-day-date = { $weekday } { $day } { $month }

## How to reach support

support-sheet-contact = How to reach us
support-sheet-phone = Phone
support-sheet-email = E-mail
support-sheet-portal = Portal
support-sheet-contact-none = Write to us or call us at the contacts at the top of this sheet.

## Targets per severity

support-sheet-targets = Targets
support-sheet-targets-intro = Counted from when we receive your request; time spent waiting for your answer is not counted.
support-sheet-col-severity = Severity
support-sheet-col-first-response = First response
support-sheet-col-resolution = Resolution
support-sheet-col-counted = Counted
support-sheet-severity = { $severity ->
    [critical] Critical
    [high] High
    [normal] Normal
   *[low] Low
}
support-sheet-counted-service = In service hours
support-sheet-counted-always = Around the clock (24/7)
support-sheet-minutes = { $minutes } min
support-sheet-hours-only = { $hours } h
support-sheet-hours-minutes = { $hours } h { $minutes } min

## Prices

support-sheet-prices = Prices
support-sheet-prices-from = Prices excluding VAT, in force since { $date }.
support-sheet-prices-none = Prices on request.
support-sheet-fee = Monthly fee
support-sheet-per-month = { $amount } a month, excl. VAT
support-sheet-included = Included hours
support-sheet-included-value = { $duration } a month
support-sheet-included-none = None
support-sheet-rate = Beyond the included hours
support-sheet-per-hour = { $amount } an hour, excl. VAT
support-sheet-counting = Time counted
support-sheet-counting-value = { $rounding ->
    [per_entry] Each intervention is rounded up to the next { $increment }
   *[per_month] The month’s time is added up, then rounded up once to the next { $increment }
}
support-sheet-minimum = Least time billed
support-sheet-minimum-value = { $rounding ->
    [per_entry] { $minimum } per intervention
   *[per_month] { $minimum } per month with time spent
}
support-sheet-billed-next-month = Time spent beyond the included hours is on the next month’s invoice, with the requests it was spent on.

## Escalation to Microsoft

support-sheet-escalation = Escalation to Microsoft
support-sheet-escalation-intro = What we cannot solve ourselves we take to Microsoft for you, and follow the case until it is solved, through:
support-sheet-route = { $route ->
    [commercial] Microsoft’s commercial support (billing and subscriptions)
    [partner_cloud] Microsoft’s partner cloud support (technical questions)
    [advanced_support] Advanced Support for Partners, Microsoft’s advanced support
   *[premier_support] Premier Support for Partners, Microsoft’s premium support
}
support-sheet-escalation-none = This plan does not include escalation to Microsoft.

## Who provides the support

support-sheet-delivery = Who provides your support
support-sheet-delivered = { $by ->
    [own_team] Your support is provided by our own team.
    [subcontractor] Your support is provided on our behalf by { $name }, our subcontractor; we remain answerable to you for it.
   *[resold] Your support is that of { $name }, which we resell to you; we remain your point of contact.
}
support-sheet-provider-contact = Contact: { $contact }

## The line on the collection-policy sheet that points to this sheet

support-sheet-pointer = Support: the hours of service, targets and prices of your support are set out in your plan’s “Support terms” sheet, which we send on request.

## The file's name (no accents: every file system takes them)

file-support-sheet = Support-terms
