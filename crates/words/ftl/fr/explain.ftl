# An invoice explained line by line, in the customer's language, ready to paste into a
# reply to a billing question. Amounts, dates and rates arrive formatted.

# $position: the line's number on the invoice (1, 2…); $net: its amount before VAT.
explain-line-head = Ligne { $position } : « { $description } », { $net } HT.
explain-period = Période couverte : du { $from } au { $to } inclus.
explain-period-day = Période couverte : le { $on }.
# $days of $of_days: the days of the period billed.
explain-prorated = Facturé au prorata des jours : { $days } { $days ->
        [one] jour
       *[other] jours
    } sur { $of_days }, soit { $quantity } × { $price } × { $days }/{ $of_days }.
explain-quantity-subscription = Quantité : { $quantity } { $count ->
        [one] licence
       *[other] licences
    } au prix unitaire de { $price } HT pour la période.
explain-quantity-support-fee = Forfait mensuel du plan de support : { $price } HT.
explain-quantity-billable-hours = Temps facturé : { $duration } au taux horaire de { $price } HT ({ $quantity } h × { $price }).
explain-quantity-one-off = Quantité : { $quantity } au prix unitaire de { $price } HT.
explain-price-since = Ce prix est en vigueur depuis le { $since }.
explain-vat-domestic = TVA au taux de { $rate }, calculée sur le total des lignes à ce taux.
explain-vat-reverse-charge = Pas de TVA facturée : autoliquidation, la TVA est due par votre entreprise (« { $mention } »).
explain-vat-outside-scope = Pas de TVA française : votre entreprise est établie hors de l’Union européenne (« { $mention } »).
