# One letter per customer and round: the invoices coming due listed apart, how to pay,
# the formal notice's enclosures (crates/app, crates/documents).

# $count: the number of invoices coming due listed under the first table.
letter-coming-due = { $count ->
    [one] Invoice coming due
   *[other] Invoices coming due
}
letter-coming-total = Total coming due
# $iban and $bic as the partner's settings hold them; $reference: the customer's account.
letter-payment = Please pay by bank transfer to our account IBAN { $iban }, BIC { $bic }, quoting the reference { $reference }.
letter-payment-iban = Please pay by bank transfer to our account IBAN { $iban }, quoting the reference { $reference }.
letter-payment-reference = Please quote the reference { $reference } with your payment.
# $count: how many invoices are enclosed; $numbers: their numbers, separated by commas.
letter-enclosures = { $count ->
    [one] Enclosure: copy of invoice { $numbers }
   *[other] Enclosures: copies of invoices { $numbers }
}
# The CLI's list of letters: before the invoices coming due a letter lists apart.
cli-letter-coming = coming due:
