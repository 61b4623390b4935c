# Bank statements: reading the bank's files and matching the money received.

## Files refused
bank-file-not-a-statement = This file is not a bank statement that can be read: choose your bank's CAMT.053 (XML), OFX or CSV export. Nothing was saved.
bank-file-truncated = This statement stops before its end (an interrupted download?): download it again from your bank. Nothing was saved.
# $line: the entry's rank in the file; $what: which part could not be read.
bank-file-unreadable = Line { $line } of the statement cannot be read (its { $what ->
    [amount] amount
    [date] date
    [currency] currency
    [direction] credit or debit mark
   *[other] content
}): check the file. Nothing was saved.
# $columns: the column titles, comma-separated.
bank-file-missing-columns = The file lacks the columns { $columns } given for this bank: correct the column mapping. Nothing was saved.
bank-file-incomplete-mapping = Give at least the date, label and amount columns (or debit and credit). Nothing was saved.
bank-file-empty = This statement holds no booked transaction. Nothing was saved.

## Why a line is matched as it is
bank-reason-invoice-number = { $count ->
    [one] Invoice number { $numbers } in the label
   *[other] Invoice numbers { $numbers } in the label
}
bank-reason-customer-reference = Customer reference { $reference } in the label
bank-reason-amount = The only amount equal to what one customer owes
bank-reason-learnt-iban = Payer's IBAN already matched to this customer ({ $iban })
bank-reason-learnt-name = Payer “{ $name }” already matched to this customer
bank-reason-no-match = No invoice or customer recognised: choose the customer
# $line, $customer: ISO currency codes (EUR, GBP).
bank-reason-other-currency = Money received in { $line } for a customer billed in { $customer }: to be handled by hand
bank-reason-debit = Debit: ignored

## Refusals when confirming
bank-already-imported = These statement lines are already imported: nothing was added.
bank-line-confirmed = Line { $line } of the statement is already recorded as a payment.
bank-line-not-confirmable = Line { $line } cannot become a payment: choose the customer first (in a currency that is theirs).
bank-line-unknown = Line { $line } is not in this statement.
bank-line-already-payment = Already recorded as a payment
