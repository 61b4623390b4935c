# Support billed: the plan's monthly fee and the time beyond the included hours, as the
# lines of the billing run, and what became of a time entry once billed.

## Durations
# $hours and $minutes are integers (3 and 15 for 3 h 15); $padded is the minutes on two
# digits ("05").
support-billing-duration = { $hours ->
        [0] { $minutes } min
       *[other] { $minutes ->
            [0] { $hours } h
           *[other] { $hours } h { $padded }
        }
    }

## Lines of the billing run
# $plan: the plan's name; $month: the month ("mars 2026"). The name is in inner quotes:
# an explanation of the invoice quotes the whole line in « ».
support-billing-fee-line = Forfait support “{ $plan }”, { $month }
# $rounding: support-billing-rounding-per-entry or -per-month, already formatted;
# $requests: request numbers, comma-separated; $count: how many.
support-billing-hours-line = Support : { $billed }{ $included_minutes ->
        [0] {""}
       *[other] {" "}au-delà des { $included } incluses
    }, { $month } — { $rounding } — { $count ->
        [one] demande
       *[other] demandes
    } { $requests }
# $increment: minutes (15 for a quarter hour).
support-billing-rounding-per-entry = arrondi { $increment ->
        [15] au quart d’heure
        [30] à la demi-heure
        [60] à l’heure
       *[other] à { $increment } minutes
    } par intervention
support-billing-rounding-per-month = arrondi { $increment ->
        [15] au quart d’heure
        [30] à la demi-heure
        [60] à l’heure
       *[other] à { $increment } minutes
    } sur le mois
support-billing-no-price = Aucun tarif en { $currency } n’est en vigueur le { $on } pour le plan de support « { $plan } » de { $customer } : ajoutez-en un au plan, puis relancez la facturation.

## A time entry once billed
support-billing-billed-on = facturé sur { $invoice }
support-billing-billed-on-draft = facturé sur un brouillon de facture ({ $month })
support-billing-credited-by = { $count ->
        [one] avoir
       *[other] avoirs
    } { $credit_notes }
support-billing-billed-and-credited = { $billed } (crédité par { $credited })
