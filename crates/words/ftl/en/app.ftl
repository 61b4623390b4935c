# Words the application layer puts on documents and file names.

## Billing runs

billing-nothing-to-invoice = { $customer }: nothing to invoice for { $period }, the draft is left for review.
# The number a draft shows where an issued invoice shows its own.
draft-number = DRAFT

## Statements and the aging report

statement-support = A question about this statement or your support? Contact us:
aging-customer-number = Customer no.
aging-customer = Customer
aging-currency = Currency
aging-total = Total

## Letters

letter-total-due = Total outstanding
letter-penalties = Late-payment penalties
letter-indemnity = Fixed recovery indemnity
letter-total-claimed = Total claimed
letter-registered = Sent by registered post with acknowledgement of receipt
letter-signature-accounts = Accounts department
letter-signature-customer-service = Customer service

## Words in the names of the files written (no accents: every file system takes them)

file-statement = Statement
file-statements = Statements
file-aging = Aging
file-letter = Letter
file-letters = Letters
file-renewal = Renewal
file-renewals = Renewals
file-collection-policy = Collection-policy
