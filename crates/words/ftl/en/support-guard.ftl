# The support desk’s guards: what is refused to protect billed time, the plans and the
# requests’ history, and the note left on a forgotten timer.

## Refusals
support-guard-overlaps-other-time = You have already logged time over this period.
support-guard-before-opened = This date is before the request was opened.
support-guard-too-old = This date is before the year 2000.
# $route: the route's name.
support-guard-route-not-in-plan = The customer’s support plan does not give access to this escalation route: { $route }.
support-guard-no-support-fixed = A plan with or without support stays so: create another plan.
support-guard-no-support-plan-fixed = Ardoise’s built-in plan without support can be neither changed nor priced: create another plan.

## The note of a forgotten timer
# $started, $ended: local date and time (04/12/2026 17:00); $stopped: likewise.
support-guard-timer-forgotten = Forgotten timer: started { $started }, stopped { $stopped }. Time counted until { $ended } and not billable; log the real time by hand.

## Found by ardoise check
# $number: the invoice's number; $line: the line's id.
support-guard-check-hours-unbacked = Invoice { $number } bills support time (line { $line }) whose entries are no longer attached to it: they would be billed a second time.
support-guard-check-fee-unbacked = Invoice { $number } bills a support fee (line { $line }) no longer recorded as billed: it would be billed a second time.
