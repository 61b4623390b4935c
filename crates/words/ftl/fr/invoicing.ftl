# Invoicing: billing periods, invoice lines, VAT mentions, numbers, credit notes, payments.

## Billing periods

period-error = « { $input } » n'est pas une période : attendu AAAA-MM, par exemple 2026-11.
# $month: 1 to 12 (an integer); $year: 2026.
period-month = { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    } { $year }
period-span = du { $from } au { $to }

## Invoice lines

line-service-dates = du { $from } au { $to }
# The share of a term billed: days billed of the days in the term.
line-prorated = ({ $days } j / { $of_days })
line-months = ({ $months } mois)
line-seats-added = licences ajoutées

## What an invoice's state is called in lists

invoice-state-draft = Brouillon
invoice-state-unpaid = À payer
invoice-state-partly-paid = Partiellement payée
invoice-state-paid = Payée
invoice-state-overdue = En retard
invoice-state-credited = Annulée par avoir
invoice-state-issued = Émis

## VAT mentions an invoice without VAT must carry

vat-mention-reverse-charge = Autoliquidation — art. 259-1 du CGI et art. 196 de la directive 2006/112/CE
vat-mention-outside-scope = TVA non applicable, art. 259-1 du CGI
vat-mention-with-numbers = { $mention }. N° TVA du prestataire : { $partner_vat } ; n° TVA du client : { $customer_vat }

## Invoice and credit note numbers

number-error = « { $input } » n'est pas un numéro de facture ou d'avoir : attendu F2026-00042 ou AV2026-00001.

## Billing runs

billing-no-price = Aucun prix de vente en { $currency } n'est en vigueur le { $on } pour « { $product } » : ajoutez-en un au catalogue, puis relancez la facturation.
billing-too-large = Le montant à facturer pour « { $product } » dépasse { $max } sur une ligne : vérifiez la quantité et le prix au catalogue.

## Credit notes

credit-currency-mismatch = La facture est en { $invoice } : l'avoir doit être en { $invoice }, pas en { $other }.
credit-not-positive = Le montant de l'avoir doit être supérieur à zéro.
credit-fraction-of-cent = Le montant de l'avoir ne peut pas avoir plus de { $decimals } décimales.
credit-fully-credited = Cette facture est déjà entièrement annulée par des avoirs.
credit-more-than-creditable = Il ne reste que { $creditable } à créditer sur cette facture (TTC) : réduisez le montant de l'avoir.

## Payments allocated to invoices

allocation-currency-mismatch = Le paiement est en { $payment } et la facture en { $other } : un paiement ne règle que des factures de sa devise.
allocation-not-positive = Le montant affecté doit être supérieur à zéro.
allocation-fraction-of-cent = Le montant affecté ne peut pas avoir plus de { $decimals } décimales.
allocation-unknown-invoice = Cette facture n'a plus rien à payer pour ce client : rechargez la liste des factures ouvertes.
allocation-more-than-open = Il ne reste que { $open } à payer sur la facture { $number } : affectez au plus ce montant.
allocation-more-than-payment = Le paiement n'a plus que { $left } à affecter : réduisez les montants.
