## Credit notes: what they credit, on which invoice of which date, and why.

# The one line of a partial credit. $amount: formatted, VAT included.
credit-partial-line = Avoir partiel de { $amount } TTC sur le total de la facture { $invoice_number }
# Under a credit note's number. $date: the original invoice's issue date, formatted.
credit-of-invoice-dated = sur la facture { $invoice } du { $date }
credit-original-invoice-dated = Facture d’origine : { $number } du { $date }
# $reason: as the clerk typed it.
credit-reason = Motif : { $reason }
# The demo book's credit notes: the reason a clerk would have typed.
credit-demo-reason = Licences résiliées facturées par erreur
