# The `ardoise` command's words (crates/cli).

## Refusals

# $key: what was typed; $query: the same, quoted for the shell when it has to be.
cli-not-found-customer = No customer matches “{ $key }”; `ardoise customers list --search { $query }` lists them.
cli-not-found-invoice = No invoice matches “{ $key }”; `ardoise invoices list` lists them.
cli-not-found-product = No product matches “{ $key }”; `ardoise products list` lists them.
cli-today-ignored = ARDOISE_TODAY ({ $asked }) is ignored: this is not a demo book, and a real book keeps today's date.
