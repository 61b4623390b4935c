# The audit trail: each action as a sentence, what a row and a column are called, the
# page's kinds and the CSV export's columns.
# $subject: what the entry is about (an invoice's number, a customer's name, a file),
# empty when the action concerns the whole book.

## Customers and contacts
audit-action-customer-create = Customer “{ $subject }” created
audit-action-customer-update = Customer “{ $subject }” changed
audit-action-customer-refund = Refund to “{ $subject }” recorded
audit-action-customer-support-plan = Support plan of “{ $subject }” changed
audit-action-contact-create = Contact added at “{ $subject }”
audit-action-contact-update = Contact changed at “{ $subject }”
audit-action-contact-delete = Contact removed at “{ $subject }”

## Subscriptions
audit-action-subscription-create = Subscription created: { $subject }
audit-action-subscription-update = Subscription changed: { $subject }
audit-action-subscription-suspend = Subscription suspended: { $subject }
audit-action-subscription-reactivate = Subscription reactivated: { $subject }

## Invoices
audit-action-billing-run = Billing run prepared (drafts)
audit-action-billing-run-and-issue = Billing run prepared and issued
audit-action-invoice-add-line = Line added to invoice { $subject }
audit-action-invoice-remove-line = Line removed from invoice { $subject }
audit-action-invoice-delete-draft = Draft invoice { $subject } deleted
audit-action-invoice-issue = Invoice { $subject } issued
audit-action-invoice-print = Invoices printed
audit-action-invoice-print-file = Invoices gathered into one file to print
audit-action-invoice-send = Invoices sent
audit-action-credit-note-issue = Credit note { $subject } issued

## Payments and bank
audit-action-payment-record = Payment from “{ $subject }” recorded
audit-action-payment-allocate = Payment from “{ $subject }” allocated
audit-action-payment-reverse = Payment from “{ $subject }” reversed
audit-action-bank-import = Bank statement imported: { $subject }
audit-action-bank-confirm = Bank statement lines confirmed as payments

## Statements, letters, collections
audit-action-statement-produce = Statement of account produced
audit-action-communication-sent = Sending of documents noted
audit-action-collections-round = Collections round produced
audit-action-collections-letters = Reminder letters produced
audit-action-collections-renewal-notices = Renewal notices produced
audit-action-collections-policy = Collections policy changed
audit-action-collections-hold = Reminders held for “{ $subject }”
audit-action-collections-lift-hold = Reminders resumed: { $subject }

## Support
audit-action-support-plan-create = Support plan “{ $subject }” created
audit-action-support-plan-update = Support plan “{ $subject }” changed
audit-action-support-plan-price = Price of support plan “{ $subject }” set
audit-action-support-plan-archive = Support plan “{ $subject }” archived or restored
audit-action-support-routes-save = Microsoft support access changed
audit-action-support-request-create = Support request { $subject } opened
audit-action-support-request-state = Support request { $subject } changed state
audit-action-support-request-assign = Support request { $subject } assigned
audit-action-support-request-escalate = Support request { $subject } escalated to Microsoft
audit-action-support-request-note = Note added to request { $subject }
audit-action-support-time-log = Time logged on request { $subject }
audit-action-support-timer-start = Timer started on request { $subject }
audit-action-support-timer-stop = Timer stopped on request { $subject }
audit-action-support-sheet = Support terms sheet produced

## Catalogue
audit-action-product-create = Product “{ $subject }” created
audit-action-price-create = Price of product “{ $subject }” set

## Staff
audit-action-staff-first-admin = First administrator created: { $subject }
audit-action-staff-add = Account of { $subject } created
audit-action-staff-roles = Roles of { $subject } changed
audit-action-staff-password-reset = Password of { $subject } reset
audit-action-staff-password-change = Password changed by { $subject }
audit-action-staff-deactivate = Account of { $subject } deactivated
audit-action-staff-reactivate = Account of { $subject } reactivated
audit-action-staff-idle-lock = Idle lock time changed
audit-action-staff-sign-in = { $subject } signed in
audit-action-staff-sign-in-failed = Sign-in refused (wrong password): { $subject }

## The partner, the book, files
audit-action-partner-save = Company details changed
audit-action-partner-logo = Company logo changed
audit-action-partner-signatory = Letters' signatory changed
audit-action-settings-language = Book language changed
audit-action-settings-backup-folder = Backup folder changed
audit-action-book-backup = Backup made: { $subject }
audit-action-book-restore = Book restored from a backup: { $subject }
audit-action-book-demo = Demo book filled in
audit-action-book-history = Demo history added
audit-action-book-support-history = Demo support history added
audit-action-file-write = File saved: { $subject }
# $code: the action's code, for an action this version of Ardoise does not know.
audit-action-unknown = Change recorded ({ $code })

# An entity without a number or a name, by its id.
audit-subject-number = no. { $id }

## The page's "Type" filter
audit-kind-customer = Customers and contacts
audit-kind-subscription = Subscriptions
audit-kind-invoice = Invoices and credit notes
audit-kind-payment = Payments and bank
audit-kind-letter = Statements and reminders
audit-kind-support = Support
audit-kind-catalog = Products and prices
audit-kind-staff = Staff accounts
audit-kind-settings = Settings and book

## What happened to a row
audit-op-insert = added
audit-op-update = changed
audit-op-delete = deleted

## What a row is
audit-table-customers = Customer
audit-table-contacts = Contact
audit-table-subscriptions = Subscription
audit-table-subscription-quantities = Subscription quantity
audit-table-invoices = Invoice
audit-table-invoice-lines = Invoice line
audit-table-payments = Payment
audit-table-allocations = Allocation
audit-table-payment-reversals = Payment reversal
audit-table-refunds = Refund
audit-table-products = Product
audit-table-prices = Price
audit-table-partner = Company
audit-table-settings = Setting
audit-table-staff = Staff account
audit-table-communications = Document sent
audit-table-files-written = File written
audit-table-collection-holds = Reminders hold
audit-table-collection-steps-done = Reminder done
audit-table-suspensions = Subscription suspension
audit-table-renewal-notices = Renewal notice
audit-table-number-series = Numbering
audit-table-bank-statements = Bank statement
audit-table-bank-lines = Bank statement line
audit-table-bank-line-payments = Confirmed bank line
audit-table-support-plans = Support plan
audit-table-support-plan-prices = Support plan price
audit-table-customer-support-plans = Customer's support plan
audit-table-support-requests = Support request
audit-table-support-events = Request timeline
audit-table-support-escalations = Escalation to Microsoft
audit-table-support-time-entries = Time spent
audit-table-support-timers = Timer
audit-table-microsoft-support-routes = Microsoft support access

## What a column is
audit-column-legal-name = Legal name
audit-column-name = Name
audit-column-display-name = Display name
audit-column-username = User name
audit-column-roles = Roles
audit-column-title = Title
audit-column-active = Active
audit-column-email = E-mail
audit-column-phone = Phone
audit-column-address-line1 = Address
audit-column-address-line2 = Address (continued)
audit-column-postal-code = Postal code
audit-column-city = City
audit-column-country = Country
audit-column-vat-number = VAT number
audit-column-siren = SIREN
audit-column-siret = SIRET
audit-column-language = Language
audit-column-currency = Currency
audit-column-payment-terms-days = Payment terms (days)
audit-column-tenant-id = Microsoft tenant
audit-column-domain = Domain
audit-column-notes = Notes
audit-column-reference = Reference
audit-column-status = Status
audit-column-quantity = Quantity
audit-column-unit-price = Unit price
audit-column-resale-price = Resale price
audit-column-partner-cost = Partner cost
audit-column-amount-minor = Amount
audit-column-net-minor = Net amount
audit-column-vat-minor = VAT
audit-column-vat-rate = VAT rate
audit-column-description = Description
audit-column-number = Number
audit-column-issue-date = Issue date
audit-column-due-date = Due date
audit-column-start-date = Start
audit-column-end-date = End
audit-column-term = Term
audit-column-billing-frequency = Billing
audit-column-received-on = Received on
audit-column-method = Payment method
audit-column-reason = Reason
audit-column-iban = IBAN
audit-column-bic = BIC
audit-column-payer-iban = Payer's IBAN
audit-column-account = Account
audit-column-password-hash = Password
audit-column-subject = Subject
audit-column-severity = Severity
audit-column-state = State
audit-column-minutes = Minutes
audit-column-note = Note
audit-column-file-name = File
audit-column-path = Location
audit-column-value = Value
audit-column-key = Setting
audit-column-effective-from = From
audit-column-monthly-fee = Monthly fee
audit-column-hourly-rate = Hourly rate
audit-column-signatory-name = Signatory
audit-column-signatory-title = Signatory's title

# A value that was empty, or is no more.
audit-no-value = (empty)

## The CSV export
audit-file = audit-trail
audit-csv-when = Date
audit-csv-who = Person
audit-csv-what = Action
audit-csv-customer = Customer
audit-csv-changes = Changes
# One value changed: "City: Paris → Lyon".
audit-csv-field = { $label }: { $before } → { $after }
# One row: "Customer changed: City: Paris → Lyon; Postal code: …".
audit-csv-row = { $what } { $op }: { $fields }
