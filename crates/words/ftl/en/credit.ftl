## Credit notes: what they credit, on which invoice of which date, and why.

# The one line of a partial credit. $amount: formatted, VAT included.
credit-partial-line = Partial credit of { $amount } incl. VAT on the total of invoice { $invoice_number }
# Under a credit note's number. $date: the original invoice's issue date, formatted.
credit-of-invoice-dated = for invoice { $invoice } of { $date }
credit-original-invoice-dated = Original invoice: { $number } of { $date }
# $reason: as the clerk typed it.
credit-reason = Reason: { $reason }
# The demo book's credit notes: the reason a clerk would have typed.
credit-demo-reason = Cancelled licences billed by mistake
