# The catalogue's own sample, used by its tests.
words-sample = { $count ->
    [one] { $count } invoice
   *[other] { $count } invoices
}
