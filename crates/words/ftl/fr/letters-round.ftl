# One letter per customer and round: the invoices coming due listed apart, how to pay,
# the formal notice's enclosures (crates/app, crates/documents).

# $count: the number of invoices coming due listed under the first table.
letter-coming-due = { $count ->
    [one] Facture à échoir
   *[other] Factures à échoir
}
letter-coming-total = Total à échoir
# $iban and $bic as the partner's settings hold them; $reference: the customer's account.
letter-payment = Règlement par virement sur notre compte IBAN { $iban }, BIC { $bic }, en rappelant la référence { $reference }.
letter-payment-iban = Règlement par virement sur notre compte IBAN { $iban }, en rappelant la référence { $reference }.
letter-payment-reference = Merci de rappeler la référence { $reference } avec votre règlement.
# $count: how many invoices are enclosed; $numbers: their numbers, separated by commas.
letter-enclosures = { $count ->
    [one] Pièce jointe : copie de la facture { $numbers }
   *[other] Pièces jointes : copie des factures { $numbers }
}
# The CLI's list of letters: before the invoices coming due a letter lists apart.
cli-letter-coming = à échoir :
