# The month reconciled with Microsoft Partner Center, and the margin.

# $month: the month's number (1–12); $year: its year.
reconcile-month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
# $month: the month in words.
reconcile-title = Microsoft reconciliation for { $month }
# $lines, $billed, $to_bill, $leaking: numbers of Microsoft lines.
reconcile-summary = Microsoft lines of the month: { $lines }; billed: { $billed }; in a draft, to issue: { $to_bill }; not re-billed: { $leaking }.
reconcile-no-lines = No Microsoft line for { $month }: import the month’s reconciliation file from Partner Center.
# $cost: amounts per currency.
reconcile-cost = Microsoft’s cost for the month: { $cost }.
# $total: the files' Subtotal totals per currency.
reconcile-files-match = Total of the month’s files’ subtotals: { $total }, equal to the month’s cost.
reconcile-files-differ = Total of the month’s files’ subtotals: { $total }, not the month’s cost ({ $cost }): other files have lines of this month.
# $lines: how many lines.
reconcile-cost-disagree = { $lines ->
    [one] One line has
   *[other] { $lines } lines have
} a subtotal other than the effective price times the quantity: the report takes the subtotal, what Microsoft bills.
reconcile-leaks-heading = Billed by Microsoft, not re-billed to the customer (revenue leak):
reconcile-leaks-none = No leak: every Microsoft line of the month is re-billed.
# $total: amounts per currency.
reconcile-leaks-total = Cost not re-billed: { $total }.
reconcile-uncharged-heading = Billed to the customer, no longer charged by Microsoft this month:
reconcile-uncharged-none = No customer line billed without a Microsoft charge this month.
reconcile-seats-heading = Seats differing:
reconcile-seats-none = No seat difference.
reconcile-reason-not-in-book = subscription not in the book
reconcile-reason-not-billed = no invoice
reconcile-draft = draft
reconcile-usage = usage

reconcile-col-customer = Customer
reconcile-col-product = Product
reconcile-col-seats = Seats
reconcile-col-cost = Microsoft cost
reconcile-col-lines = Lines
reconcile-col-why = Why
reconcile-col-invoice = Invoice
reconcile-col-quantity = Quantity
reconcile-col-net = Net
reconcile-col-seats-microsoft = Seats (Microsoft)
reconcile-col-seats-invoiced = Seats (invoiced)
reconcile-col-kind = Kind
reconcile-col-name = Name
reconcile-col-currency = Currency
reconcile-col-resale = Resale
reconcile-col-draft = of which drafts
reconcile-col-margin = Margin
reconcile-col-rate = Margin rate

reconcile-margin-title = Margin for { $month }
reconcile-margin-customers = Margin per customer:
reconcile-margin-products = Margin per product:
reconcile-margin-total = Total
reconcile-margin-none = Neither Microsoft cost nor resale for { $month }.
reconcile-margin-note = Resale counts the month’s invoices, drafts included, less the credit notes issued on them; cost, the month’s Microsoft lines.
reconcile-margin-untied = Credit notes without a product
reconcile-kind-customer = Customer
reconcile-kind-product = Product
reconcile-kind-total = Total
# The CSV file's name, before the month.
reconcile-file-margin = microsoft-margin
