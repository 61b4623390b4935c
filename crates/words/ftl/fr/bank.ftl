# Relevés bancaires : lecture des fichiers de la banque et rapprochement des encaissements.

## Fichiers refusés
bank-file-not-a-statement = Ce fichier n’est pas un relevé bancaire lisible : choisissez l’export CAMT.053 (XML), OFX ou CSV de votre banque. Rien n’a été enregistré.
bank-file-truncated = Ce relevé s’arrête avant sa fin (téléchargement interrompu ?) : téléchargez-le de nouveau depuis votre banque. Rien n’a été enregistré.
# $line: the entry's rank in the file; $what: which part could not be read.
bank-file-unreadable = La ligne { $line } du relevé est illisible ({ $what ->
    [amount] montant
    [date] date
    [currency] devise
    [direction] sens crédit ou débit
   *[other] ligne
}) : vérifiez le fichier. Rien n’a été enregistré.
# $columns: the column titles, comma-separated.
bank-file-missing-columns = Le fichier n’a pas les colonnes { $columns } indiquées pour cette banque : corrigez la correspondance des colonnes. Rien n’a été enregistré.
bank-file-incomplete-mapping = Indiquez au moins les colonnes de la date, du libellé et du montant (ou du débit et du crédit). Rien n’a été enregistré.
bank-file-empty = Ce relevé ne contient aucune opération comptabilisée. Rien n’a été enregistré.

## Pourquoi une ligne est rapprochée ainsi
bank-reason-invoice-number = { $count ->
    [one] Numéro de facture { $numbers } dans le libellé
   *[other] Numéros de facture { $numbers } dans le libellé
}
bank-reason-customer-reference = Référence client { $reference } dans le libellé
bank-reason-amount = Seul montant égal à ce qui est dû par un client
bank-reason-learnt-iban = IBAN du payeur déjà rapproché de ce client ({ $iban })
bank-reason-learnt-name = Payeur « { $name } » déjà rapproché de ce client
bank-reason-no-match = Aucune facture ni client reconnu : choisissez le client
# $line, $customer: ISO currency codes (EUR, GBP).
bank-reason-other-currency = Encaissement en { $line } pour un client facturé en { $customer } : à traiter à la main
bank-reason-debit = Débit : ignoré

## Refus au moment de confirmer
bank-already-imported = Ces lignes du relevé sont déjà importées : rien n’a été ajouté.
bank-line-confirmed = La ligne { $line } du relevé est déjà enregistrée comme paiement.
bank-line-not-confirmable = La ligne { $line } ne peut pas devenir un paiement : choisissez d’abord le client (et une devise qui est la sienne).
bank-line-unknown = La ligne { $line } n’est pas dans ce relevé.
bank-line-already-payment = Déjà enregistrée comme paiement
