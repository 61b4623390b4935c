# La commande « ardoise bank import ».
cli-bank-dry-run = Essai : rien n’a été enregistré.
# $count: lines added; $already: lines of the file the book already had.
cli-bank-added = { $count ->
    [one] Une ligne ajoutée
   *[other] { $count } lignes ajoutées
}{ $already ->
    [0] .
   *[other] {" "}({ $already } déjà importées).
}
cli-bank-date = Date
cli-bank-payer = Payeur
cli-bank-amount = Montant
cli-bank-customer = Client
cli-bank-invoices = Factures
cli-bank-why = Pourquoi
# $amount: the amount left as the customer's credit.
cli-bank-on-account = { $amount } au crédit du client
cli-bank-payments-made = { $count ->
    [0] Aucun paiement enregistré.
    [one] Un paiement enregistré.
   *[other] { $count } paiements enregistrés.
}
cli-bank-confirm-hint = Vérifiez les propositions, puis relancez avec --confirm-all pour les enregistrer (ou confirmez-les dans la fenêtre).
