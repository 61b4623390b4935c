# The default collection policy: the steps and letters a new book starts with. Staff
# edit their own copy in the book; these are only where it starts.

policy-courtesy-name = Courtesy reminder
policy-courtesy-subject = Payment reminder — account {"{account_reference}"}
policy-courtesy-body =
    Dear Sir or Madam,

    Thank you for your business. To help you plan your payments, here {"{is the invoice on your account coming due, on|are the invoices on your account coming due, the first on}"} {"{oldest_due_date}"}.

    {"{invoices_table}"}

    Amount to pay: {"{total_due}"}.

    For your planning: your next invoice, for {"{next_period}"}, should come to {"{next_amount}"} including VAT, based on your current subscriptions and prices.

    If you have already arranged payment, thank you, and please disregard this message. If you have any question about {"{this invoice|these invoices}"}, we will be glad to help.

    Kind regards,

policy-first-reminder-name = First reminder
policy-first-reminder-subject = Reminder: {"{unpaid invoice|unpaid invoices}"} — account {"{account_reference}"}
policy-first-reminder-body =
    Dear Sir or Madam,

    According to our records, {"{the invoice below is|the invoices below are}"} still unpaid, although payment was due on {"{oldest_due_date}"}.

    {"{invoices_table}"}

    We would be grateful if you could pay the amount of {"{total_due}"} at your earliest convenience.

    This may simply be an oversight: if you have paid in the meantime, please disregard this reminder. If you believe an invoice is wrong, please let us know: we will pause reminders about it while we look into your question.

    Yours faithfully,

policy-second-reminder-name = Second reminder
policy-second-reminder-subject = Second reminder: {"{unpaid invoice|unpaid invoices}"} — account {"{account_reference}"}
policy-second-reminder-body =
    Dear Sir or Madam,

    Despite our previous reminder, {"{the invoice below|the invoices below}"}, due since {"{oldest_due_date}"}, {"{remains|remain}"} unpaid.

    {"{invoices_table}"}

    Please pay the amount of {"{total_due}"} without delay.

    Please note that under French law (article L441-10 of the French Commercial Code) and our terms of sale, late payment automatically incurs late-payment penalties at the annual rate of {"{penalty_rate}"}, and a fixed indemnity for recovery costs of {"{indemnity_per_invoice}"} per invoice (article D441-5 of the French Commercial Code). As of {"{date}"}, the penalties amount to {"{penalties}"} and the indemnity to {"{indemnity}"}.

    If you have paid in the meantime, please disregard this letter.

    Yours faithfully,

policy-formal-notice-name = Formal notice
policy-formal-notice-subject = Formal notice to pay — account {"{account_reference}"}
policy-formal-notice-body =
    Dear Sir or Madam,

    Despite our reminders, {"{the invoice below|the invoices below}"}, due since {"{oldest_due_date}"}, {"{remains|remain}"} unpaid.

    {"{invoices_table}"}

    We hereby give {"{customer}"} formal notice to pay the principal amount of {"{total_due}"} within {"{deadline_days}"} days of the date of this letter, that is no later than {"{deadline}"}.

    Under article L441-10 of the French Commercial Code, the following are also due by operation of law:
    – late-payment penalties at the annual rate of {"{penalty_rate}"}, that is {"{penalties}"} as of {"{date}"};
    – the fixed indemnity for recovery costs of {"{indemnity_per_invoice}"} per invoice provided by article D441-5 of the French Commercial Code, that is {"{indemnity}"}.

    If payment is not received by that date, we will suspend access to the subscriptions and services concerned, and we reserve the right to take any action to recover the amount owed without further notice.

    If you have paid in the meantime, please disregard this letter.

    Yours faithfully,

policy-suspension-name = Suspension of services
policy-suspension-subject = Suspension of your services — account {"{account_reference}"}
policy-suspension-body =
    Dear Sir or Madam,

    Despite our reminders and our formal notice, {"{the invoice below|the invoices below}"}, due since {"{oldest_due_date}"}, {"{remains|remain}"} unpaid.

    {"{invoices_table}"}

    We therefore inform you that access for {"{customer}"} to the subscriptions and services billed by {"{this invoice|these invoices}"} is suspended from {"{date}"}.

    They will be restored as soon as {"{this invoice is|these invoices are}"} paid in full, that is {"{total_due}"}. The late-payment penalties ({"{penalties}"} as of {"{date}"}) and the fixed indemnity for recovery costs ({"{indemnity}"}) remain due.

    For any question, or to agree on a payment plan, please contact us.

    Yours faithfully,

