# A payment's reversal and a refund of a customer's credit: the entries, their lines
# on statements, and why one is refused.

## Ledger entries (EntryKind)
entry-reversal = Payment reversal
entry-refund = Refund

## On a statement: "Reversal of payment no. 184 of 12/11/2026 — cheque bounced"
statement-entry-reversal = Reversal of payment { $number } of { $date } — { $reason }
# A payment recorded without a reference, by its number in the book.
statement-entry-reversal-id = Reversal of payment no. { $id } of { $date } — { $reason }
# A refund, by how it was paid (a PaymentMethod code), then its reference if any.
statement-entry-refund = { $method ->
    [transfer] Refund by bank transfer
    [card] Refund to card
    [direct_debit] Refund
    [cheque] Refund by cheque
    [cash] Refund in cash
   *[other] Refund
} { $reference }
statement-reopens = Reopens { $invoice }: { $amount }

## Refusals
payment-already-reversed = This payment was already reversed on { $on }.
payment-reversal-before-payment = A payment cannot be reversed before the date it was received, { $received }.
payment-reversal-credit-refunded = { $refunded } of this payment was already refunded to the customer: it can no longer be reversed.
refund-no-credit = The customer has no credit in { $currency } to refund.
refund-more-than-credit = The customer’s credit is { $available }: refund at most that amount.

## Done
payment-reversed = Payment reversed on { $on }: { $reason }
refund-recorded = Refund of { $amount } recorded on { $on }.
payment-reversed-short = Reversed on { $on }
