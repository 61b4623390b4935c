# A payment's reversal and a refund of a customer's credit: the entries, their lines
# on statements, and why one is refused.

## Ledger entries (EntryKind)
entry-reversal = Annulation de règlement
entry-refund = Remboursement

## On a statement: « Annulation du règlement n° 184 du 12/11/2026 — chèque sans provision »
statement-entry-reversal = Annulation du règlement { $number } du { $date } — { $reason }
# A payment recorded without a reference, by its number in the book.
statement-entry-reversal-id = Annulation du règlement n° { $id } du { $date } — { $reason }
# A refund, by how it was paid (a PaymentMethod code), then its reference if any.
statement-entry-refund = { $method ->
    [transfer] Remboursement par virement
    [card] Remboursement sur carte
    [direct_debit] Remboursement
    [cheque] Remboursement par chèque
    [cash] Remboursement en espèces
   *[other] Remboursement
} { $reference }
statement-reopens = Rouvre { $invoice } : { $amount }

## Refusals
payment-already-reversed = Ce règlement a déjà été annulé le { $on }.
payment-reversal-before-payment = Un règlement ne peut être annulé avant sa date de réception, le { $received }.
payment-reversal-credit-refunded = { $refunded } de ce règlement ont déjà été remboursés au client : il ne peut plus être annulé.
refund-no-credit = Le client n’a aucun crédit en { $currency } à rembourser.
refund-more-than-credit = Le crédit du client est de { $available } : remboursez au plus ce montant.

## Done
payment-reversed = Règlement annulé le { $on } : { $reason }
refund-recorded = Remboursement de { $amount } enregistré le { $on }.
payment-reversed-short = Annulé le { $on }
