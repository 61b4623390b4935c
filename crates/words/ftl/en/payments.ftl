# How a payment came (PaymentMethod), as a user reads it.
payment-method = { $method ->
    [transfer] Bank transfer
    [card] Card
    [direct_debit] Direct debit
    [cheque] Cheque
   *[cash] Cash
}
# A payment recorded without a reference, named by how it came (or nothing when the
# book does not know) and its number in the book: "Bank transfer no. 52".
payment-name = { $method ->
    [transfer] Bank transfer
    [card] Card
    [direct_debit] Direct debit
    [cheque] Cheque
    [cash] Cash
   *[other] Payment
} no. { $id }
