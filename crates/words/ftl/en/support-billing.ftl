# Support billed: the plan's monthly fee and the time beyond the included hours, as the
# lines of the billing run, and what became of a time entry once billed.

## Durations
# $hours and $minutes are integers (3 and 15 for 3 h 15); $padded is the minutes on two
# digits ("05").
support-billing-duration = { $hours ->
        [0] { $minutes } min
       *[other] { $minutes ->
            [0] { $hours } h
           *[other] { $hours } h { $padded } min
        }
    }

## Lines of the billing run
# $plan: the plan's name; $month: the month ("March 2026"). The name is in inner quotes:
# an explanation of the invoice quotes the whole line in “ ”.
support-billing-fee-line = Support plan ‘{ $plan }’, { $month }
# $rounding: support-billing-rounding-per-entry or -per-month, already formatted;
# $requests: request numbers, comma-separated; $count: how many.
support-billing-hours-line = Support: { $billed }{ $included_minutes ->
        [0] {""}
       *[other] {" "}beyond the { $included } included
    }, { $month } — { $rounding } — { $count ->
        [one] request
       *[other] requests
    } { $requests }
# $increment: minutes (15 for a quarter hour).
support-billing-rounding-per-entry = rounded up { $increment ->
        [15] to the quarter hour
        [30] to the half hour
        [60] to the hour
       *[other] to { $increment } minutes
    } per intervention
support-billing-rounding-per-month = rounded up { $increment ->
        [15] to the quarter hour
        [30] to the half hour
        [60] to the hour
       *[other] to { $increment } minutes
    } over the month
support-billing-no-price = No { $currency } price is in force on { $on } for the support plan “{ $plan }” of { $customer }: add one to the plan, then run the billing again.

## A time entry once billed
support-billing-billed-on = billed on { $invoice }
support-billing-billed-on-draft = billed on a draft invoice ({ $month })
support-billing-credited-by = { $count ->
        [one] credit note
       *[other] credit notes
    } { $credit_notes }
support-billing-billed-and-credited = { $billed } (credited by { $credited })
