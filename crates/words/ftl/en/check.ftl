# The book check: what it found wrong, said in both languages (a report keeps both).

check-integrity = The book's file is damaged ({ $line }): restore a backup.
# $row: " #12", or nothing when SQLite gives no row id.
check-foreign-key = Row{ $row } of table { $table } points to a row of table { $parent } that no longer exists.

## Number series

# $kind: the document kind's code (invoice, credit_note).
check-series = { $kind ->
        [credit_note] of credit notes { $year }
       *[other] of invoices { $year }
    }
check-unnumbered = Document #{ $id } is issued without a place in a number series.
check-wrong-place = Document { $subject } holds the place of { $expected } in the series { $series }.
check-wrong-year = { $subject } is not dated in its series' year ({ $year }).
check-out-of-order = { $subject } is dated { $date }, before the document that precedes it in the series ({ $previous }).
check-duplicate-number = Number { $subject } is given twice in the series { $series }.
check-gap-one = In the series { $series }, number { $from } is missing: numbering must have no gap.
check-gap-many = In the series { $series }, numbers { $from } to { $to } are missing: numbering must have no gap.
check-counter-ahead = The counter of the series { $series } is at { $counter } but its last document is number { $max }: numbers were taken without a document.
check-counter-behind = The counter of the series { $series } is at { $counter }, behind its last document ({ $max }): the next number would be given twice.

## Totals and allocations

check-unknown-currency = { $number } is in a currency Ardoise does not know.
check-gross-not-sum = The gross total of { $number } ({ $gross }) is not its net plus its VAT.
check-unreadable-line = A line of { $number } holds an unreadable value (quantity, price or rate).
check-line-net = Line { $line } of { $number } says { $stored } net, but quantity × price gives { $computed }.
check-document-totals = { $number } says { $stored } gross, but its lines come to { $computed } (net, and VAT per rate).
check-invoice-over-allocated = { $subject } received { $allocated } in payments but only owes { $limit } (its amount less its credit notes).
check-payment-over-allocated = Payment { $subject } allocates { $allocated } to invoices but is only { $limit }.
check-period-billed-twice = { $customer } has { $count } invoices in { $currency } for the period starting { $start } ({ $list }): only one is allowed.

## The settlement index

check-settled-on = settled on { $date }
check-not-settled = not settled
check-settlement-missing = { $number } is missing from the settlement index: the aging report would leave it out.
check-settlement-stray = The settlement index has a row for { $number }, which is not an issued invoice.
# $indexed, $computed: check-settled-on or check-not-settled.
check-settlement-differs = The settlement index says { $number } is { $indexed }, its payments and credit notes say { $computed }.

## Chained logs and files written

check-log-audit = the audit log
check-log-communications = the communication log
check-log-files = the record of files written
# $log: one of the check-log-* words.
check-chain-unchained = Entry #{ $id } of { $log } is not chained: it was written outside Ardoise.
check-chain-gap = The chain of { $log } is broken before entry #{ $id }: entries were deleted or inserted.
check-chain-altered = Entry #{ $id } of { $log } was changed after it was written.
check-file-changed = The file { $path } was changed after Ardoise wrote it: it is no longer the logged document.
check-file-unreadable = The file { $path } could not be read to be verified ({ $detail }).
