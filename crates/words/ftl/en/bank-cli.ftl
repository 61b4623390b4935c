# The "ardoise bank import" command.
cli-bank-dry-run = Dry run: nothing was saved.
# $count: lines added; $already: lines of the file the book already had.
cli-bank-added = { $count ->
    [one] One line added
   *[other] { $count } lines added
}{ $already ->
    [0] .
   *[other] {" "}({ $already } already imported).
}
cli-bank-date = Date
cli-bank-payer = Payer
cli-bank-amount = Amount
cli-bank-customer = Customer
cli-bank-invoices = Invoices
cli-bank-why = Why
# $amount: the amount left as the customer's credit.
cli-bank-on-account = { $amount } on account
cli-bank-payments-made = { $count ->
    [0] No payment recorded.
    [one] One payment recorded.
   *[other] { $count } payments recorded.
}
cli-bank-confirm-hint = Check the proposals, then run again with --confirm-all to record them (or confirm them in the window).
