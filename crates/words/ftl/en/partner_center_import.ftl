# Importing Microsoft Partner Center's reconciliation files into the book.

## Preview and import
# $kind: the file's kind code.
partner-center-import-kind = { $kind ->
    [daily_rated_usage] Daily rated usage
    [legacy_license_based] License-based billing (legacy)
   *[new_commerce_invoice] Invoice reconciliation (new commerce)
}
# $action: create, change or same.
partner-center-import-action = { $action ->
    [create] to create
    [change] to update
   *[same] unchanged
}
partner-center-import-action-done = { $action ->
    [create] created
    [change] updated
   *[same] unchanged
}
# $file: the file's name; $on: the date; $who: the staff member's name.
partner-center-import-when-who = “{ $file }”, imported on { $on } by { $who }
partner-center-import-no-resale-price = The product “{ $product }” has no resale price in the catalogue: set one before re-billing.
# $book, $file: seat counts.
partner-center-import-seats-differ = { $customer }, “{ $product }”: { $book } seats in the book, { $file } by Microsoft at the end of the period.
# $from, $to: currency codes; $lines: how many lines were converted.
partner-center-import-conversion = { $lines ->
    [one] One line is converted
   *[other] { $lines } lines are converted
} from { $from } to { $to } at Microsoft's rate.
partner-center-import-lines-known = { $lines ->
    [one] One line of this file is in the book already: it will not be imported twice.
   *[other] { $lines } lines of this file are in the book already: they will not be imported twice.
}
partner-center-import-customers-left-out = { $customers ->
    [one] One customer of the file is not in the book: its subscriptions are left out (its lines are kept).
   *[other] { $customers } customers of the file are not in the book: their subscriptions are left out (their lines are kept).
}
# Written in the notes of a customer the import created; $file: the file's name.
partner-center-import-customer-note = Created by importing the Partner Center file “{ $file }”: complete the address, which Microsoft does not give.
# $when: partner-center-import-when-who.
partner-center-import-file-already = This file is in the book already ({ $when }): nothing was changed.
partner-center-import-nothing-new = Every line of this file is in the book already (a copy of the same file?): nothing was changed.
partner-center-import-file-changed = The file changed while it was being imported: nothing was saved. Import it again once it is no longer being changed.
partner-center-import-done = { $lines ->
    [one] One line imported
   *[other] { $lines } lines imported
}, { $customers ->
    [0] no customer created
    [one] one customer created
   *[other] { $customers } customers created
}, { $subscriptions ->
    [0] no subscription created
    [one] one subscription created
   *[other] { $subscriptions } subscriptions created
}, { $changed ->
    [0] none updated.
    [one] one updated.
   *[other] { $changed } updated.
}

## The command line
# $file: the file's name; $kind: partner-center-import-kind; $lines: its lines; $period: partner-center-import-cli-period or nothing.
partner-center-import-cli-file = File “{ $file }”: { $kind }, { $lines ->
    [one] one line
   *[other] { $lines } lines
}{ $period }.
partner-center-import-cli-period = , from { $from } to { $to }
# $total: the amounts per currency, separated by a middle dot.
partner-center-import-cli-total = Total of the subtotals (before tax): { $total }
partner-center-import-cli-customers = Customers to create:
partner-center-import-cli-subscriptions = Subscriptions:
partner-center-import-cli-name = Name
partner-center-import-cli-domain = Domain
partner-center-import-cli-country = Country
partner-center-import-cli-customer = Customer
partner-center-import-cli-product = Product
partner-center-import-cli-seats = Seats (Microsoft)
partner-center-import-cli-book-seats = Seats (book)
partner-center-import-cli-term = Term, billing
partner-center-import-cli-action = Import
partner-center-import-cli-generated = { $lines ->
    [one] One line written
   *[other] { $lines } lines written
} to { $file } (total of the subtotals: { $total }).
partner-center-import-cli-customers-created = Customers created:

## The journal (the import's words, kept here with it)
# $subject: the file's name.
audit-action-partner-center-import = Partner Center file imported: { $subject }
audit-table-pc-imports = Imported Partner Center file
audit-table-pc-import-totals = Total of a Partner Center file
audit-table-pc-lines = Microsoft billing line
