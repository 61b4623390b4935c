# Collections: the printable collection policy sheet, when a step comes, renewal notices.

## The collection policy sheet (headings and sections)

policy-sheet-title = Our collection policy
policy-sheet-principle = Our invoices are payable on their due date. Here is what happens, step by step, when an invoice is not paid on time. Periods are counted in calendar days from each invoice's due date. Each letter is sent only once per invoice, and a partial payment reduces the amount claimed accordingly.
policy-sheet-penalties-heading = Late-payment penalties and indemnity
policy-sheet-penalties = Any late payment automatically incurs, from the day after the due date, late-payment penalties at the annual rate of { $rate } on the amount still owed, and a fixed indemnity for recovery costs of { $indemnity } per invoice paid late (articles L441-10 and D441-5 of the French Commercial Code).
policy-sheet-disputes-heading = Disputed invoices
policy-sheet-disputes = If you believe an invoice is wrong, tell us: reminders about it are paused while we look into your question. If the invoice is still owed, they resume at the step reached by then.
policy-sheet-paying-heading = When you pay
policy-sheet-paying = Once an invoice is paid in full, reminders about it stop.
policy-sheet-paying-suspends = Once an invoice is paid in full, reminders about it stop. Suspended subscriptions are reactivated as soon as the invoices that bill them are paid in full.
policy-sheet-courtesy = A friendly reminder of the invoices coming due and of their amount.
policy-sheet-reminder = A reminder listing the unpaid invoices and the amount due.
policy-sheet-formal-notice = A formal notice to pay within { $days } days, stating the late-payment penalties and the fixed indemnity for recovery costs owed.
policy-sheet-suspension = Access to the subscriptions and services billed by the unpaid invoices is suspended. It is restored as soon as they are paid in full.
policy-sheet-unaffected = Your services are not affected.
policy-sheet-unaffected-yet = Your services are not affected yet; without payment, they will be suspended at a later step.

## When a step comes, counted from the due date

# $count: the number of days (an integer, for the plural); $days: the same, as text.
policy-when-before = { $count ->
        [one] { $days } day
       *[other] { $days } days
    } before the due date
policy-when-after = { $count ->
        [one] { $days } day
       *[other] { $days } days
    } after the due date
policy-when-due-date = On the due date

## Renewal notices (fixed wording: Microsoft's rule, not a policy step)

renewal-subject = Renewal of your Microsoft subscriptions — account { $account }
renewal-greeting = Dear Sir or Madam,
renewal-intro = The following Microsoft subscriptions of { $customer } are coming to the end of their term:
renewal-window = Under Microsoft's new-commerce rules, an annual or three-year subscription can be cancelled, or its quantity reduced, only within { $days } days after it renews. After that, the new term runs to its end and is owed in full.
renewal-instructions = To change a quantity or not to renew a subscription, please let us know before its renewal date. Without word from you, it renews for the same term at the prices then in force.
renewal-ending = A subscription not set to renew stops on its end date: if you wish to keep it, please let us know before then.
renewal-offer = We will be glad to review your needs with you.
renewal-sign-off = Kind regards,
# $what: "3 × Microsoft 365 Business Premium"; $term: the engagement's code.
renewal-item-renews = – { $what }, { $term ->
        [monthly] monthly
        [annual] annual
       *[triennial] three-year
    } term: renews on { $on }, can be cancelled until { $until }
renewal-item-ends = – { $what }, { $term ->
        [monthly] monthly
        [annual] annual
       *[triennial] three-year
    } term: ends on { $on }, not set to renew automatically
