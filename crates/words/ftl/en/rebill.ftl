# Re-billing what Microsoft charges: usage (Azure and metered products) at the partner's markup, and licences Microsoft prorated.

## Invoice lines
# $product: the product's name; $meter: what was used (Microsoft's meter); $from, $to: the first and last days of use; $markup: the markup ("15%").
rebill-usage-line = { $product } — { $meter }, from { $from } to { $to }, { $markup } markup
# $day: the one day of use.
rebill-usage-line-day = { $product } — { $meter }, on { $day }, { $markup } markup
# $product: the product's name; $from, $to: the days Microsoft prorated; $change: added or removed.
rebill-prorated-line = { $product } — { $change ->
    [removed] licences removed
   *[added] licences added
}, prorated by Microsoft, from { $from } to { $to }

## Problems of a billing run
# $customer: the customer's name; $count: how many Microsoft lines; $currency: the lines' currency; $customer_currency: the customer's.
rebill-other-currency = { $customer }: { $count ->
    [one] one Microsoft line in { $currency } is not re-billed
   *[other] { $count } Microsoft lines in { $currency } are not re-billed
}, as the customer is billed in { $customer_currency }.
# $customer: the customer's name; $product: the product's name.
rebill-prorated-no-price = { $customer }: the licences Microsoft prorated for “{ $product }” are not re-billed, as the product has no resale price.

## Settings
rebill-prorated-ardoise = By Ardoise’s own proration
rebill-prorated-microsoft = As Microsoft prorated them
rebill-markup-everyone = every customer

## Command line
rebill-cli-default = Default markup: { $rate }
# $choice: how licences Microsoft prorated are billed, in words.
rebill-cli-prorated = Licences added or removed mid-term: { $choice }
rebill-cli-no-overrides = No markup per product or customer.
rebill-cli-product = Product
rebill-cli-customer = Customer
rebill-cli-rate = Markup

## Journal
# $subject: what the entry is about (a product's name).
audit-action-rebill-settings = Microsoft re-billing settings changed
audit-action-rebill-markup = Markup of “{ $subject }” set
audit-action-rebill-markup-removed = Markup of “{ $subject }” removed
audit-column-default-markup = Default markup
audit-column-prorated-licences = Licences Microsoft prorated
audit-column-rate = Markup
audit-column-pc-line-id = Microsoft line
