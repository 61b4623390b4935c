# Invoicing: billing periods, invoice lines, VAT mentions, numbers, credit notes, payments.

## Billing periods

period-error = "{ $input }" is not a period: expected YYYY-MM, for example 2026-11.
# $month: 1 to 12 (an integer); $year: 2026.
period-month = { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }
period-span = { $from } to { $to }

## Invoice lines

line-service-dates = { $from } to { $to }
# The share of a term billed: days billed of the days in the term.
line-prorated = ({ $days } of { $of_days } days)
line-months = ({ $months } months)
line-seats-added = seats added

## What an invoice's state is called in lists

invoice-state-draft = Draft
invoice-state-unpaid = Unpaid
invoice-state-partly-paid = Partly paid
invoice-state-paid = Paid
invoice-state-overdue = Overdue
invoice-state-credited = Credited
invoice-state-issued = Issued

## VAT mentions an invoice without VAT must carry

vat-mention-reverse-charge = Reverse charge — Article 196 of Council Directive 2006/112/EC
vat-mention-outside-scope = VAT not applicable, article 259-1 CGI
vat-mention-with-numbers = { $mention }. Supplier's VAT number: { $partner_vat }; customer's VAT number: { $customer_vat }

## Invoice and credit note numbers

number-error = "{ $input }" is not an invoice or credit note number: expected F2026-00042 or AV2026-00001.

## Billing runs

billing-no-price = No { $currency } resale price is in force on { $on } for "{ $product }": add one to the catalog, then run billing again.
billing-too-large = The amount to bill for "{ $product }" is more than { $max } on one line: check the quantity and the catalog price.

## Credit notes

credit-currency-mismatch = The invoice is in { $invoice }: the credit note must be in { $invoice }, not { $other }.
credit-not-positive = The credit amount must be greater than zero.
credit-fraction-of-cent = The credit amount cannot have more than { $decimals } decimals.
credit-fully-credited = This invoice is already fully credited.
credit-more-than-creditable = Only { $creditable } is left to credit on this invoice (VAT included): reduce the credit amount.

## Payments allocated to invoices

allocation-currency-mismatch = The payment is in { $payment } and the invoice in { $other }: a payment settles only invoices in its own currency.
allocation-not-positive = The amount allocated must be greater than zero.
allocation-fraction-of-cent = The amount allocated cannot have more than { $decimals } decimals.
allocation-unknown-invoice = This invoice has nothing left to pay for this customer: reload the list of open invoices.
allocation-more-than-open = Only { $open } is left to pay on invoice { $number }: allocate at most that amount.
allocation-more-than-payment = The payment has only { $left } left to allocate: reduce the amounts.
