# Import des fichiers de rapprochement de l’Espace partenaires Microsoft dans le dossier.

## Aperçu et import
# $kind: the file's kind code.
partner-center-import-kind = { $kind ->
    [daily_rated_usage] Utilisation quotidienne évaluée
    [legacy_license_based] Facturation des licences (ancien format)
   *[new_commerce_invoice] Rapprochement de facture (nouvelle expérience commerciale)
}
# $action: create, change or same.
partner-center-import-action = { $action ->
    [create] à créer
    [change] à mettre à jour
   *[same] inchangé
}
partner-center-import-action-done = { $action ->
    [create] créé
    [change] mis à jour
   *[same] inchangé
}
# $file: the file's name; $on: the date; $who: the staff member's name.
partner-center-import-when-who = « { $file } », importé le { $on } par { $who }
partner-center-import-no-resale-price = Le produit « { $product } » n’a pas de prix de revente dans le catalogue : fixez-en un avant de refacturer.
# $book, $file: seat counts.
partner-center-import-seats-differ = { $customer }, « { $product } » : { $book } licences dans le dossier, { $file } selon Microsoft à la fin de la période.
# $from, $to: currency codes; $lines: how many lines were converted.
partner-center-import-conversion = { $lines ->
    [one] Une ligne est convertie
   *[other] { $lines } lignes sont converties
} de { $from } en { $to } au taux de Microsoft.
partner-center-import-lines-known = { $lines ->
    [one] Une ligne de ce fichier est déjà dans le dossier : elle ne sera pas importée une seconde fois.
   *[other] { $lines } lignes de ce fichier sont déjà dans le dossier : elles ne seront pas importées une seconde fois.
}
partner-center-import-customers-left-out = { $customers ->
    [one] Un client du fichier n’est pas dans le dossier : ses abonnements ne sont pas repris (ses lignes le sont).
   *[other] { $customers } clients du fichier ne sont pas dans le dossier : leurs abonnements ne sont pas repris (leurs lignes le sont).
}
# Written in the notes of a customer the import created; $file: the file's name.
partner-center-import-customer-note = Créé par l’import du fichier de l’Espace partenaires « { $file } » : complétez l’adresse, que Microsoft ne donne pas.
# $when: partner-center-import-when-who.
partner-center-import-file-already = Ce fichier est déjà dans le dossier ({ $when }) : rien n’a été modifié.
partner-center-import-nothing-new = Toutes les lignes de ce fichier sont déjà dans le dossier (une copie du même fichier ?) : rien n’a été modifié.
partner-center-import-file-changed = Le fichier a changé pendant son import : rien n’a été enregistré. Importez-le de nouveau une fois qu’il n’est plus modifié.
partner-center-import-done = { $lines ->
    [one] Une ligne importée
   *[other] { $lines } lignes importées
}, { $customers ->
    [0] aucun client créé
    [one] un client créé
   *[other] { $customers } clients créés
}, { $subscriptions ->
    [0] aucun abonnement créé
    [one] un abonnement créé
   *[other] { $subscriptions } abonnements créés
}, { $changed ->
    [0] aucun mis à jour.
    [one] un mis à jour.
   *[other] { $changed } mis à jour.
}

## La ligne de commande
# $file: the file's name; $kind: partner-center-import-kind; $lines: its lines; $period: partner-center-import-cli-period or nothing.
partner-center-import-cli-file = Fichier « { $file } » : { $kind }, { $lines ->
    [one] une ligne
   *[other] { $lines } lignes
}{ $period }.
partner-center-import-cli-period = , du { $from } au { $to }
# $total: the amounts per currency, separated by a middle dot.
partner-center-import-cli-total = Total des sous-totaux (hors taxes) : { $total }
partner-center-import-cli-customers = Clients à créer :
partner-center-import-cli-subscriptions = Abonnements :
partner-center-import-cli-name = Nom
partner-center-import-cli-domain = Domaine
partner-center-import-cli-country = Pays
partner-center-import-cli-customer = Client
partner-center-import-cli-product = Produit
partner-center-import-cli-seats = Licences (Microsoft)
partner-center-import-cli-book-seats = Licences (dossier)
partner-center-import-cli-term = Engagement, facturation
partner-center-import-cli-action = Import
partner-center-import-cli-generated = { $lines ->
    [one] Une ligne écrite
   *[other] { $lines } lignes écrites
} dans { $file } (total des sous-totaux : { $total }).
partner-center-import-cli-customers-created = Clients créés :

## Le journal (les mots de l’import, ici pour rester avec lui)
# $subject: the file's name.
audit-action-partner-center-import = Fichier de l’Espace partenaires importé : { $subject }
audit-table-pc-imports = Fichier de l’Espace partenaires importé
audit-table-pc-import-totals = Total d’un fichier de l’Espace partenaires
audit-table-pc-lines = Ligne de facturation Microsoft
