# The `ardoise` command's words (crates/cli).

## Refusals

# $key: what was typed; $query: the same, quoted for the shell when it has to be.
cli-not-found-customer = Aucun client ne correspond à « { $key } » ; `ardoise customers list --search { $query }` les liste.
cli-not-found-invoice = Aucune facture ne correspond à « { $key } » ; `ardoise invoices list` les liste.
cli-not-found-product = Aucun produit ne correspond à « { $key } » ; `ardoise products list` les liste.
cli-today-ignored = ARDOISE_TODAY ({ $asked }) est ignoré : ce dossier n'est pas un dossier de démonstration, et un vrai dossier garde la date du jour.
