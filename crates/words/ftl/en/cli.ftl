# The `ardoise` command's words (crates/cli).

## Refusals

# $key: what was typed; $query: the same, quoted for the shell when it has to be.
cli-not-found-customer = No customer matches “{ $key }”; `ardoise customers list --search { $query }` lists them.
cli-not-found-invoice = No invoice matches “{ $key }”; `ardoise invoices list` lists them.
cli-not-found-product = No product matches “{ $key }”; `ardoise products list` lists them.
cli-today-ignored = ARDOISE_TODAY ({ $asked }) is ignored: this is not a demo book, and a real book keeps today's date.

## Customers, subscriptions, products
cli-demo-data-written-to = Demo data written to
cli-customers = { $count ->
    [one] customer
   *[other] customers
}
cli-products = products
cli-subscriptions = subscriptions
cli-empty-book-created = Empty book created:
cli-legal-name = Legal name
cli-city = City
cli-country = Country
cli-vat = VAT
cli-currency = Currency
cli-subscriptions-heading = Subscriptions
cli-seats = Seats
cli-status = Status
cli-address = Address
cli-language = Language
cli-payment-terms = Payment terms
cli-days = days
cli-domain = Domain
cli-role = Role
cli-name = Name
cli-phone = Phone
cli-monthly-total = Monthly total:
cli-customer = Customer
cli-product = Product
cli-qty = Qty
cli-term = Term
cli-billing = Billing
cli-start = Start
cli-renewal = Renewal
cli-monthly = Monthly
cli-unit = Unit
cli-resale-price = Resale price
cli-active-seats = Active seats

## Billing, invoices, payments
cli-number = Number
cli-issued = Issued
cli-due = Due
cli-total = Total
cli-open = Open
cli-state = State
cli-draft = draft
cli-draft-heading = Draft
cli-description = Description
cli-unit-price = Unit price
cli-amount-excl-vat = Amount
cli-net = Net
cli-paid = Paid
cli-credited = Credited
cli-date = Date
cli-method = Method
cli-reference = Reference
cli-amount = Amount
cli-allocated-to = Allocated to
cli-unallocated = Unallocated
cli-written = Written:
cli-bytes = bytes

## Statements, the month-end batch, aging
cli-statement-from = statement from
cli-to = to
cli-as-of = as of
cli-document = Document
cli-debit = Debit
cli-credit = Credit
cli-balance = Balance
cli-balance-brought-forward-at = Balance brought forward at
cli-balance-at = Balance at
cli-invoice = Invoice
cli-days-late = Days late
cli-statements-written-to = statements written to
cli-and-logged = and logged
cli-cancelled = {" "}— cancelled
cli-one-file-to-print = One file to print:
cli-aging-as-of = Aging as of

## Collections
cli-collections-as-of = Collections as of
cli-no-letter-to-produce = No letter to produce.
cli-step = Step
cli-invoices = Invoices
cli-amount-due = Amount due
cli-held = Held
cli-step-held = Step held
cli-reason = Reason
cli-to-do = To do
cli-subscription = Subscription
cli-microsoft-cost-to-term-end = Microsoft cost to term end
cli-suspend = Suspend
cli-suspended = Suspended
cli-reactivate = Reactivate
cli-cancellable-until = Cancellable until
cli-customer-told = Customer told
cli-to-send = to send
cli-letter-written-to = letter written to
cli-letters-written-to = letters written to
cli-and-logged-letters = and logged.
cli-subscriptions-to-suspend-in-partner-center = subscriptions to suspend in Partner Center.

## Backup and restore
cli-backup = Backup
cli-size = Size
cli-took = Took
cli-kept = Kept
cli-deleted-rotation = Deleted (rotation)
cli-deleted = {"  "}deleted:
cli-restored-from = Restored from
cli-replaced-book-kept-as = Replaced book kept as
cli-customers-heading = Customers

## Records created, states

# $what: customer, hold or subscription; $id: its id.
cli-created = { $what ->
    [customer] Customer created
    [hold] Hold recorded
   *[other] Subscription created
} (id { $id }).
# $code: a customer's or subscription's status code.
cli-status-word = { $code }
# $mb: the size in megabytes, formatted.
cli-size-mb = { $mb } MB

## check

cli-the-book-is-sound-every-rule = The book is sound: every rule holds.
cli-check-files-missing = ; { $count } logged files are no longer where they were written (moved or deleted)
cli-check-summary = Issued documents checked: { $documents }; files checked: { $files }
cli-check-chain = Chain { $log }: { $rows } entries, head { $head }
cli-check-problems = { $count } problem(s) found: restore a backup or have the book looked at before going on.

cli-period = Period

# The billing run's last line.
cli-billing-summary = Period { $period }: { $count } { $issued ->
        [yes] { $count ->
            [one] invoice issued
           *[other] invoices issued
        }
       *[no] { $count ->
            [one] draft
           *[other] drafts
        }
    }, { $skipped } { $skipped ->
        [one] customer already billed
       *[other] customers already billed
    }
