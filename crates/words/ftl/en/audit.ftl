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
audit-column-action = Action
audit-column-archived = Archived
audit-column-as-of = As of
audit-column-assigned-to = Assigned to
audit-column-at = Date and time
audit-column-auto-renew = Automatic renewal
audit-column-balance-minor = Balance
audit-column-bank = Bank
audit-column-bank-line-id = Bank line no.
audit-column-bank-name = Bank name
audit-column-billable = Billable
audit-column-billed-minutes = Minutes billed
audit-column-body = Text
audit-column-booked-on = Booked on
audit-column-buyer-json = Customer as printed
audit-column-cancelled-on = Cancelled on
audit-column-case-number = Microsoft case number
audit-column-category = Category
audit-column-channel = Channel
audit-column-closed-at = Closed at
audit-column-closed-on = Closed on
audit-column-confirmed-at = Confirmed at
audit-column-share-capital = Share capital
audit-column-recovery-indemnity = Fixed recovery indemnity
audit-column-communication-id = Sent document no.
audit-column-contact-id = Contact no.
audit-column-contact-name = Contact
audit-column-contract-reference = Contract reference
audit-column-cost-hourly = Hourly cost
audit-column-cost-monthly = Monthly cost
audit-column-covered-en = What is covered (English)
audit-column-covered-fr = What is covered (French)
audit-column-created-at = Created at
audit-column-created-by = Created by
audit-column-credit-reason = Credit note reason
audit-column-credited-invoice-id = Credited invoice
audit-column-customer-id = Customer
audit-column-default-currency = Default currency
audit-column-delivered-by = Delivered by
audit-column-direction = Direction
audit-column-document-sha256 = Document fingerprint
audit-column-effective-date = Effective date
audit-column-ended-at = Ended at
audit-column-escalation-routes-json = Microsoft support access
audit-column-failed-logins = Failed sign-ins
audit-column-file-sha256 = File fingerprint
audit-column-first-response-at = First response at
audit-column-from-state = Previous state
audit-column-gross-minor = Amount incl. VAT
audit-column-hash = Fingerprint
audit-column-hold-id = Collection hold no.
audit-column-holidays-json = Public holidays
audit-column-hours-json = Service hours
audit-column-identity = Identity
audit-column-imported-at = Imported at
audit-column-included-minutes = Included minutes
audit-column-increment-minutes = Increment (minutes)
audit-column-invoice-id = Invoice
audit-column-invoice-ids = Invoices
audit-column-invoice-line-id = Invoice line no.
audit-column-invoices = Invoices
audit-column-issued-at = Issued at
audit-column-issued-on = Issued on
audit-column-kind = Type
audit-column-label = Label
audit-column-last-failed-at = Last failed sign-in
audit-column-last-seq = Last number
audit-column-late-penalty-rate = Late payment penalty rate
audit-column-learnt-at = Learnt at
audit-column-legal-form = Legal form
audit-column-lifted-at = Lifted at
audit-column-logo-png = Logo
audit-column-mapping = Column mapping
audit-column-minimum-minutes = Minimum billed (minutes)
audit-column-month = Month
audit-column-ms-product-id = Microsoft ProductId
audit-column-ms-sku-id = Microsoft SkuId
audit-column-no-support = No support
audit-column-not-covered-en = What is not covered (English)
audit-column-not-covered-fr = What is not covered (French)
audit-column-opened-at = Opened at
audit-column-opened-on = Opened on
audit-column-password-changed-at = Password changed at
audit-column-payer-name = Payer
audit-column-payment-id = Payment no.
audit-column-pc-subscription-id = Partner Center subscription
audit-column-period-end = Period end
audit-column-period-start = Period start
audit-column-plan-id = Support plan
audit-column-portal-url = Portal address
audit-column-position = Position
audit-column-prev-hash = Previous fingerprint
audit-column-produced-at = Produced at
audit-column-produced-on = Produced on
audit-column-product-id = Product
audit-column-proposed-on = Proposed on
audit-column-prorate-days = Prorated days
audit-column-prorate-of = Prorated over
audit-column-provider-contact = Provider contact
audit-column-provider-name = Provider
audit-column-rcs = Trade register (RCS)
audit-column-reactivated-on = Reactivated on
audit-column-recorded-at = Recorded at
audit-column-recovery-indemnity-minor = Fixed recovery indemnity
audit-column-refund-id = Refund no.
audit-column-refunded-on = Refunded on
audit-column-renewal-date = Renewal date
audit-column-request-id = Support request
audit-column-resolved-at = Resolved at
audit-column-reversal-id = Reversal no.
audit-column-reversed-on = Reversed on
audit-column-role = Role
audit-column-rounding = Rounding
audit-column-route = Microsoft route
audit-column-seller-json = Company as printed
audit-column-sent-on = Sent on
audit-column-sent-via = Sent by
audit-column-series-seq = Sequence number
audit-column-series-year = Series year
audit-column-service-end = Service end
audit-column-service-start = Service start
audit-column-settled-on = Settled on
audit-column-sha256 = SHA-256 fingerprint
audit-column-share-capital-minor = Share capital
audit-column-size = Size
audit-column-staff-id = Staff member
audit-column-started-at = Started at
audit-column-statement-id = Bank statement
audit-column-step-code = Collection step
audit-column-subscription-id = Subscription
audit-column-support-plan = Support plan
audit-column-suspended-on = Suspended on
audit-column-targets-at-resolution = Targets at resolution
audit-column-targets-json = Response targets
audit-column-time-entry-id = Time entry no.
audit-column-time-zone = Time zone
audit-column-to-state = New state
audit-column-unit = Unit
audit-column-updated-at = Updated at
audit-column-value-on = Value date
audit-column-vat-mention = VAT mention
audit-column-vat-treatment = VAT treatment
audit-column-website = Website
audit-column-written-at = Written at
audit-column-year = Year

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

## A stored code in a change, as the reader says it ($code: the code the book stores)
# A key and its value inside a value kept whole (an invoice’s frozen customer).
audit-value-pair = { $label }: { $value }
audit-value-yes = yes
audit-value-no = no
# An invoice's stored status; $credit is yes for a credit note.
audit-value-invoice-status = { $code ->
        [draft] draft
        [issued] { $credit ->
            [yes] issued
           *[no] issued
        }
       *[other] { $code }
    }
audit-value-invoice-kind = { $code ->
        [credit_note] credit note
        [invoice] invoice
       *[other] { $code }
    }
audit-value-line-kind = { $code ->
        [subscription] subscription
        [one_off] one-off charge
        [support_fee] support fee
        [billable_hours] billed support hours
        [usage] re-billed usage
       *[other] { $code }
    }
audit-value-communication-kind = { $code ->
        [statement] account statement
        [letter] letter
        [invoice] invoice
       *[other] { $code }
    }
audit-value-bank-kind = { $code ->
        [camt053] CAMT.053 statement
        [ofx] OFX file
        [csv] CSV file
       *[other] { $code }
    }
audit-value-direction = { $code ->
        [credit] credit
        [debit] debit
       *[other] { $code }
    }
audit-value-event-kind = { $code ->
        [opened] opened
        [state] change of state
        [note] internal note
        [reply] reply to the customer
        [escalated] escalation to Microsoft
        [microsoft] exchange with Microsoft
        [assigned] assignment
        [severity] change of severity
       *[other] { $code }
    }
