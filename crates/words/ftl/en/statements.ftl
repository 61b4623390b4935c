# Statements: what a ledger entry is, the aging buckets, refused statements.

## A statement's entries

entry-invoice = Invoice
entry-credit-note = Credit note
entry-payment = Payment

## Aging buckets (days past the due date)

bucket-not-due = Not yet due
bucket-1-30 = 1–30 days
bucket-31-60 = 31–60 days
bucket-61-90 = 61–90 days
bucket-over-90 = Over 90 days

## Statements refused

statement-currency-mismatch-document = Document { $document } is in { $found } and the statement in { $expected }: make one statement per currency.
statement-currency-mismatch = An amount is in { $found } and the statement in { $expected }: make one statement per currency.
statement-period-reversed = The period starts on { $from }, after it ends on { $to }: swap the dates.
statement-negative-amount = Document { $document } has a negative amount: correct it before producing the statement.
