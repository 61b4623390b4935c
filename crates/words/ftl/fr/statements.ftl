# Statements: what a ledger entry is, the aging buckets, refused statements.

## A statement's entries

entry-invoice = Facture
entry-credit-note = Avoir
entry-payment = Paiement

## Aging buckets (days past the due date)

bucket-not-due = Non échu
bucket-1-30 = 1–30 jours
bucket-31-60 = 31–60 jours
bucket-61-90 = 61–90 jours
bucket-over-90 = Plus de 90 jours

## Statements refused

statement-currency-mismatch-document = Le document { $document } est en { $found } et le relevé en { $expected } : faites un relevé par devise.
statement-currency-mismatch = Un montant est en { $found } et le relevé en { $expected } : faites un relevé par devise.
statement-period-reversed = La période commence le { $from } après sa fin le { $to } : inversez les dates.
statement-negative-amount = Le document { $document } a un montant négatif : corrigez-le avant d'éditer le relevé.
