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

# Words printed on statements of account and on the aging report (crates/documents).
statement-as-of = Arrêté au
statement-produced-on = Édité le
statement-title = RELEVÉ DE COMPTE
statement-name = Relevé de compte { $account }
statement-many = Relevés de compte
statement-account = Compte client { $reference }
statement-period = Période
statement-col-date = Date
statement-col-document = Document
statement-col-debit = Débit
statement-col-credit = Crédit
statement-col-balance = Solde
statement-entry-invoice = Facture { $number }
statement-entry-credit-note = Avoir { $number }
statement-entry-payment = Règlement { $number }
# A payment recorded without a reference: how it came (a PaymentMethod code, or nothing
# when the book does not know), and its number in the book.
statement-entry-payment-by = { $method ->
    [transfer] Règlement par virement
    [card] Règlement par carte
    [direct_debit] Règlement par prélèvement
    [cheque] Règlement par chèque
    [cash] Règlement en espèces
   *[other] Règlement
} n° { $id }
statement-applied-to = Imputé sur { $invoice } : { $amount }
statement-settles = Règle { $invoice } : { $amount }
statement-left-on-account = Reste au crédit du compte : { $amount }
statement-brought-forward = Solde reporté au { $date }
statement-period-totals = Total de la période
statement-balance-at = Solde au { $date }
statement-in-your-favour = en votre faveur
statement-carried-over = À reporter
statement-brought-from-previous = Report
statement-open-items = Factures restant dues au { $date }
statement-col-invoice = Facture
statement-col-due = Échéance
statement-col-days-overdue = Jours de retard
statement-col-original = Montant initial
statement-col-open = Reste dû
statement-open-total = Total restant dû
statement-unapplied-credit = Crédit non affecté, en votre faveur
statement-nothing-open = Aucune facture n'est en attente de règlement.
statement-aging-heading = Ancienneté des sommes dues
statement-total = Total
statement-invoices-to-quote = et le numéro de chaque facture réglée : { $numbers }
statement-invoices-as-listed = et le numéro de chaque facture réglée, tel qu'indiqué ci-dessus.
aging-title = BALANCE ÂGÉE CLIENTS
aging-of = Balance âgée clients au { $date }
aging-col-currency = Devise
aging-totals-by-currency = Totaux par devise
aging-nothing-open = Aucune créance ouverte à cette date.
