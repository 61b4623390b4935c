# How a payment came (PaymentMethod), as a user reads it.
payment-method = { $method ->
    [transfer] Virement
    [card] Carte bancaire
    [direct_debit] Prélèvement
    [cheque] Chèque
   *[cash] Espèces
}
# A payment recorded without a reference, named by how it came (or nothing when the
# book does not know) and its number in the book: « Virement n° 52 ».
payment-name = { $method ->
    [transfer] Virement
    [card] Carte bancaire
    [direct_debit] Prélèvement
    [cheque] Chèque
    [cash] Espèces
   *[other] Règlement
} n° { $id }
