# The `ardoise` command's words (crates/cli).

## Refusals

# $key: what was typed; $query: the same, quoted for the shell when it has to be.
cli-not-found-customer = Aucun client ne correspond à « { $key } » ; `ardoise customers list --search { $query }` les liste.
cli-not-found-invoice = Aucune facture ne correspond à « { $key } » ; `ardoise invoices list` les liste.
cli-not-found-product = Aucun produit ne correspond à « { $key } » ; `ardoise products list` les liste.
cli-today-ignored = ARDOISE_TODAY ({ $asked }) est ignoré : ce dossier n'est pas un dossier de démonstration, et un vrai dossier garde la date du jour.

## Customers, subscriptions, products
cli-demo-data-written-to = Données de démonstration écrites dans
cli-customers = { $count ->
    [one] client
   *[other] clients
}
cli-products = produits
cli-subscriptions = abonnements
cli-empty-book-created = Dossier vide créé :
cli-legal-name = Raison sociale
cli-city = Ville
cli-country = Pays
cli-vat = TVA
cli-currency = Devise
cli-subscriptions-heading = Abonnements
cli-seats = Licences
cli-status = Statut
cli-address = Adresse
cli-language = Langue
cli-payment-terms = Échéance
cli-days = jours
cli-domain = Domaine
cli-role = Rôle
cli-name = Nom
cli-phone = Téléphone
cli-monthly-total = Total mensuel :
cli-customer = Client
cli-product = Produit
cli-qty = Qté
cli-term = Engagement
cli-billing = Facturation
cli-start = Début
cli-renewal = Renouvellement
cli-monthly = Mensuel
cli-unit = Unité
cli-resale-price = Prix de vente
cli-active-seats = Licences actives

## Billing, invoices, payments
cli-number = Numéro
cli-issued = Émise le
cli-due = Échéance
cli-total = Total TTC
cli-open = Reste dû
cli-state = État
cli-draft = brouillon
cli-draft-heading = Brouillon
cli-description = Description
cli-unit-price = PU HT
cli-amount-excl-vat = Montant HT
cli-net = Total HT
cli-paid = Payé
cli-credited = Avoirs
cli-date = Date
cli-method = Mode
cli-reference = Référence
cli-amount = Montant
cli-allocated-to = Affecté à
cli-unallocated = Non affecté
cli-written = Écrit :
cli-bytes = octets

## Statements, the month-end batch, aging
cli-statement-from = relevé du
cli-to = au
cli-as-of = arrêté au
cli-document = Pièce
cli-debit = Débit
cli-credit = Crédit
cli-balance = Solde
cli-balance-brought-forward-at = Solde reporté au
cli-balance-at = Solde au
cli-invoice = Facture
cli-days-late = Retard (j)
cli-statements-written-to = relevés écrits dans
cli-and-logged = et notés au journal des envois
cli-cancelled = {" "}— interrompu
cli-one-file-to-print = Fichier unique à imprimer :
cli-aging-as-of = Balance âgée au

## Collections
cli-collections-as-of = Recouvrement au
cli-no-letter-to-produce = Aucune lettre à produire.
cli-step = Étape
cli-invoices = Factures
cli-amount-due = Montant dû
cli-held = En attente
cli-step-held = Étape suspendue
cli-reason = Motif
cli-to-do = À faire
cli-subscription = Abonnement
cli-microsoft-cost-to-term-end = Coût Microsoft jusqu'au terme
cli-suspend = Suspendre
cli-suspended = Suspendu
cli-reactivate = Réactiver
cli-cancellable-until = Annulable jusqu'au
cli-customer-told = Avis au client
cli-to-send = à envoyer
cli-letter-written-to = lettre écrite dans
cli-letters-written-to = lettres écrites dans
cli-and-logged-letters = et notées au journal des envois.
cli-subscriptions-to-suspend-in-partner-center = abonnements à suspendre dans l'Espace partenaires.

## Backup and restore
cli-backup = Sauvegarde
cli-size = Taille
cli-took = Durée
cli-kept = Conservées
cli-deleted-rotation = Supprimées (rotation)
cli-deleted = {"  "}supprimée :
cli-restored-from = Restauré depuis
cli-replaced-book-kept-as = Ancien dossier conservé
cli-customers-heading = Clients

## Records created, states

# $what: customer, hold or subscription; $id: its id.
cli-created = { $what ->
    [customer] Client créé
    [hold] Mise en attente enregistrée
   *[other] Abonnement créé
} (id { $id }).
# $code: a customer's or subscription's status code.
cli-status-word = { $code ->
    [active] actif
    [suspended] suspendu
    [inactive] inactif
    [cancelled] résilié
    [expired] expiré
   *[other] { $code }
}
# $mb: the size in megabytes, formatted.
cli-size-mb = { $mb } Mo

## check

cli-the-book-is-sound-every-rule = Le dossier est sain : chaque règle est respectée.
cli-check-files-missing = {" "}; { $count } fichiers enregistrés ne sont plus à leur place (déplacés ou supprimés)
cli-check-summary = Documents émis vérifiés : { $documents } ; fichiers vérifiés : { $files }
cli-check-chain = Chaîne { $log } : { $rows } entrées, dernière empreinte { $head }
cli-check-problems = { $count } problème(s) trouvé(s) : restaurez une sauvegarde ou faites vérifier le dossier avant de continuer.

cli-period = Période

# The billing run's last line; French counts 0 and 1 in the singular.
cli-billing-summary = Période { $period } : { $count } { $issued ->
        [yes] { $count ->
            [one] facture émise
           *[other] factures émises
        }
       *[no] { $count ->
            [one] brouillon
           *[other] brouillons
        }
    }, { $skipped } { $skipped ->
        [one] client déjà facturé
       *[other] clients déjà facturés
    }
