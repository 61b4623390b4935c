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

# Words printed on statements of account and on the aging report (crates/documents).
statement-as-of = As of
statement-produced-on = Issued on
statement-title = STATEMENT OF ACCOUNT
statement-name = Statement of account { $account }
statement-many = Statements of account
statement-account = Account { $reference }
statement-period = Period
statement-col-date = Date
statement-col-document = Document
statement-col-debit = Debit
statement-col-credit = Credit
statement-col-balance = Balance
statement-entry-invoice = Invoice { $number }
statement-entry-credit-note = Credit note { $number }
statement-entry-payment = Payment { $number }
# A payment recorded without a reference: how it came (a PaymentMethod code, or nothing
# when the book does not know), and its number in the book.
statement-entry-payment-by = { $method ->
    [transfer] Payment by bank transfer
    [card] Payment by card
    [direct_debit] Payment by direct debit
    [cheque] Payment by cheque
    [cash] Payment in cash
   *[other] Payment
} no. { $id }
statement-applied-to = Applied to { $invoice }: { $amount }
statement-settles = Settles { $invoice }: { $amount }
statement-left-on-account = Left on account: { $amount }
statement-brought-forward = Balance brought forward at { $date }
statement-period-totals = Totals for the period
statement-balance-at = Balance at { $date }
statement-in-your-favour = in your favour
statement-carried-over = Carried over to next page
statement-brought-from-previous = Brought forward from previous page
statement-open-items = Open invoices at { $date }
statement-col-invoice = Invoice
statement-col-due = Due date
statement-col-days-overdue = Days overdue
statement-col-original = Original amount
statement-col-open = Amount open
statement-open-total = Total open
statement-unapplied-credit = Unapplied credit, in your favour
statement-nothing-open = No invoice is awaiting payment.
statement-aging-heading = Amounts due by age
statement-total = Total
statement-invoices-to-quote = and the number of each invoice paid: { $numbers }
statement-invoices-as-listed = and the number of each invoice paid, as listed above.
aging-title = AGED RECEIVABLES
aging-of = Aged receivables as of { $date }
aging-col-currency = Currency
aging-totals-by-currency = Totals by currency
aging-nothing-open = Nothing is open at this date.
