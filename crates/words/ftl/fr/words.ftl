# The catalogue's own sample, used by its tests.
words-sample = { $count ->
    [one] { $count } facture
   *[other] { $count } factures
}
