# An invoice explained line by line, in the customer's language, ready to paste into a
# reply to a billing question. Amounts, dates and rates arrive formatted.

# $position: the line's number on the invoice (1, 2…); $net: its amount before VAT.
explain-line-head = Line { $position }: “{ $description }”, { $net } excluding VAT.
explain-period = Period covered: { $from } to { $to } inclusive.
explain-period-day = Period covered: { $on }.
# $days of $of_days: the days of the period billed.
explain-prorated = Prorated by days: { $days } { $days ->
        [one] day
       *[other] days
    } of { $of_days }, that is { $quantity } × { $price } × { $days }/{ $of_days }.
explain-quantity-subscription = Quantity: { $quantity } { $count ->
        [one] seat
       *[other] seats
    } at a unit price of { $price } excluding VAT for the period.
explain-quantity-support-fee = The support plan's monthly fee: { $price } excluding VAT.
explain-quantity-billable-hours = Time billed: { $duration } at an hourly rate of { $price } excluding VAT ({ $quantity } h × { $price }).
explain-quantity-one-off = Quantity: { $quantity } at a unit price of { $price } excluding VAT.
explain-price-since = This price has been in force since { $since }.
explain-vat-domestic = VAT at { $rate }, computed on the total of the lines at that rate.
explain-vat-reverse-charge = No VAT charged: reverse charge, your company accounts for the VAT (“{ $mention }”).
explain-vat-outside-scope = No French VAT: your company is established outside the European Union (“{ $mention }”).
