# The audit trail: each action as a sentence, what a row and a column are called, the
# page’s kinds and the CSV export’s columns.
# $subject: what the entry is about (an invoice’s number, a customer’s name, a file),
# empty when the action concerns the whole book.

## Customers and contacts
audit-action-customer-create = Client « { $subject } » créé
audit-action-customer-update = Client « { $subject } » modifié
audit-action-customer-refund = Remboursement à « { $subject } » enregistré
audit-action-customer-support-plan = Plan de support de « { $subject } » changé
audit-action-contact-create = Contact ajouté chez « { $subject } »
audit-action-contact-update = Contact modifié chez « { $subject } »
audit-action-contact-delete = Contact retiré chez « { $subject } »

## Subscriptions
audit-action-subscription-create = Abonnement créé : { $subject }
audit-action-subscription-update = Abonnement modifié : { $subject }
audit-action-subscription-suspend = Abonnement suspendu : { $subject }
audit-action-subscription-reactivate = Abonnement rétabli : { $subject }

## Invoices
audit-action-billing-run = Facturation préparée (brouillons)
audit-action-billing-run-and-issue = Facturation préparée et émise
audit-action-invoice-add-line = Ligne ajoutée à la facture { $subject }
audit-action-invoice-remove-line = Ligne retirée de la facture { $subject }
audit-action-invoice-delete-draft = Brouillon de facture { $subject } supprimé
audit-action-invoice-issue = Facture { $subject } émise
audit-action-invoice-print = Factures imprimées
audit-action-invoice-print-file = Factures réunies en un fichier à imprimer
audit-action-invoice-send = Factures envoyées
audit-action-credit-note-issue = Avoir { $subject } émis

## Payments and bank
audit-action-payment-record = Règlement de « { $subject } » enregistré
audit-action-payment-allocate = Règlement de « { $subject } » imputé
audit-action-payment-reverse = Règlement de « { $subject } » annulé
audit-action-bank-import = Relevé bancaire importé : { $subject }
audit-action-bank-confirm = Lignes de relevé confirmées en règlements

## Statements, letters, collections
audit-action-statement-produce = Relevé de compte produit
audit-action-communication-sent = Envoi de documents noté
audit-action-collections-round = Tournée de relances produite
audit-action-collections-letters = Lettres de relance produites
audit-action-collections-renewal-notices = Avis de renouvellement produits
audit-action-collections-policy = Politique de relance modifiée
audit-action-collections-hold = Relances suspendues pour « { $subject } »
audit-action-collections-lift-hold = Relances reprises : { $subject }

## Support
audit-action-support-plan-create = Plan de support « { $subject } » créé
audit-action-support-plan-update = Plan de support « { $subject } » modifié
audit-action-support-plan-price = Prix du plan de support « { $subject } » fixé
audit-action-support-plan-archive = Plan de support « { $subject } » archivé ou rétabli
audit-action-support-routes-save = Accès au support Microsoft modifiés
audit-action-support-request-create = Demande de support { $subject } ouverte
audit-action-support-request-state = Demande de support { $subject } changée d’état
audit-action-support-request-assign = Demande de support { $subject } attribuée
audit-action-support-request-escalate = Demande de support { $subject } transmise à Microsoft
audit-action-support-request-note = Note ajoutée à la demande { $subject }
audit-action-support-time-log = Temps saisi sur la demande { $subject }
audit-action-support-timer-start = Chronomètre lancé sur la demande { $subject }
audit-action-support-timer-stop = Chronomètre arrêté sur la demande { $subject }
audit-action-support-sheet = Fiche des conditions de support produite

## Catalogue
audit-action-product-create = Produit « { $subject } » créé
audit-action-price-create = Prix du produit « { $subject } » fixé

## Staff
audit-action-staff-first-admin = Premier administrateur créé : { $subject }
audit-action-staff-add = Compte de { $subject } créé
audit-action-staff-roles = Rôles de { $subject } modifiés
audit-action-staff-password-reset = Mot de passe de { $subject } réinitialisé
audit-action-staff-password-change = Mot de passe changé par { $subject }
audit-action-staff-deactivate = Compte de { $subject } désactivé
audit-action-staff-reactivate = Compte de { $subject } réactivé
audit-action-staff-idle-lock = Délai de verrouillage modifié
audit-action-staff-sign-in = Connexion de { $subject }
audit-action-staff-sign-in-failed = Connexion refusée (mot de passe erroné) : { $subject }

## The partner, the book, files
audit-action-partner-save = Coordonnées de l’entreprise modifiées
audit-action-partner-logo = Logo de l’entreprise changé
audit-action-partner-signatory = Signataire des lettres modifié
audit-action-settings-language = Langue du dossier changée
audit-action-settings-backup-folder = Dossier des sauvegardes changé
audit-action-book-backup = Sauvegarde faite : { $subject }
audit-action-book-restore = Dossier restauré depuis une sauvegarde : { $subject }
audit-action-book-demo = Dossier de démonstration rempli
audit-action-book-history = Historique de démonstration ajouté
audit-action-book-support-history = Historique de support de démonstration ajouté
audit-action-file-write = Fichier enregistré : { $subject }
# $code: the action’s code, for an action this version of Ardoise does not know.
audit-action-unknown = Modification enregistrée ({ $code })

# An entity without a number or a name, by its id.
audit-subject-number = n° { $id }

## The page’s « Type » filter
audit-kind-customer = Clients et contacts
audit-kind-subscription = Abonnements
audit-kind-invoice = Factures et avoirs
audit-kind-payment = Règlements et banque
audit-kind-letter = Relevés et relances
audit-kind-support = Support
audit-kind-catalog = Produits et prix
audit-kind-staff = Comptes du personnel
audit-kind-settings = Réglages et dossier

## What happened to a row
audit-op-insert = ajouté
audit-op-update = modifié
audit-op-delete = supprimé

## What a row is
audit-table-customers = Client
audit-table-contacts = Contact
audit-table-subscriptions = Abonnement
audit-table-subscription-quantities = Quantité d’abonnement
audit-table-invoices = Facture
audit-table-invoice-lines = Ligne de facture
audit-table-payments = Règlement
audit-table-allocations = Imputation
audit-table-payment-reversals = Annulation de règlement
audit-table-refunds = Remboursement
audit-table-products = Produit
audit-table-prices = Prix
audit-table-partner = Entreprise
audit-table-settings = Réglage
audit-table-staff = Compte du personnel
audit-table-communications = Document envoyé
audit-table-files-written = Fichier écrit
audit-table-collection-holds = Suspension des relances
audit-table-collection-steps-done = Relance faite
audit-table-suspensions = Suspension d’abonnement
audit-table-renewal-notices = Avis de renouvellement
audit-table-number-series = Numérotation
audit-table-bank-statements = Relevé bancaire
audit-table-bank-lines = Ligne de relevé bancaire
audit-table-bank-line-payments = Ligne de relevé confirmée
audit-table-support-plans = Plan de support
audit-table-support-plan-prices = Prix de plan de support
audit-table-customer-support-plans = Plan de support du client
audit-table-support-requests = Demande de support
audit-table-support-events = Suivi de demande
audit-table-support-escalations = Transmission à Microsoft
audit-table-support-time-entries = Temps passé
audit-table-support-timers = Chronomètre
audit-table-microsoft-support-routes = Accès au support Microsoft

## What a column is
audit-column-legal-name = Raison sociale
audit-column-name = Nom
audit-column-display-name = Nom affiché
audit-column-username = Identifiant
audit-column-roles = Rôles
audit-column-title = Fonction
audit-column-active = Actif
audit-column-email = E-mail
audit-column-phone = Téléphone
audit-column-address-line1 = Adresse
audit-column-address-line2 = Complément d’adresse
audit-column-postal-code = Code postal
audit-column-city = Ville
audit-column-country = Pays
audit-column-vat-number = N° de TVA
audit-column-siren = SIREN
audit-column-siret = SIRET
audit-column-language = Langue
audit-column-currency = Devise
audit-column-payment-terms-days = Délai de paiement (jours)
audit-column-tenant-id = Tenant Microsoft
audit-column-domain = Domaine
audit-column-notes = Notes
audit-column-reference = Référence
audit-column-status = État
audit-column-quantity = Quantité
audit-column-unit-price = Prix unitaire
audit-column-resale-price = Prix de vente
audit-column-partner-cost = Coût partenaire
audit-column-amount-minor = Montant
audit-column-net-minor = Montant HT
audit-column-vat-minor = TVA
audit-column-vat-rate = Taux de TVA
audit-column-description = Libellé
audit-column-number = Numéro
audit-column-issue-date = Date d’émission
audit-column-due-date = Échéance
audit-column-start-date = Début
audit-column-end-date = Fin
audit-column-term = Engagement
audit-column-billing-frequency = Facturation
audit-column-received-on = Reçu le
audit-column-method = Moyen de paiement
audit-column-reason = Motif
audit-column-iban = IBAN
audit-column-bic = BIC
audit-column-payer-iban = IBAN du payeur
audit-column-account = Compte
audit-column-password-hash = Mot de passe
audit-column-subject = Objet
audit-column-severity = Gravité
audit-column-state = État
audit-column-minutes = Minutes
audit-column-note = Note
audit-column-file-name = Fichier
audit-column-path = Emplacement
audit-column-value = Valeur
audit-column-key = Réglage
audit-column-effective-from = À partir du
audit-column-monthly-fee = Forfait mensuel
audit-column-hourly-rate = Taux horaire
audit-column-signatory-name = Signataire
audit-column-signatory-title = Fonction du signataire
audit-column-action = Action
audit-column-archived = Archivé
audit-column-as-of = Arrêté au
audit-column-assigned-to = Attribuée à
audit-column-at = Date et heure
audit-column-auto-renew = Renouvellement automatique
audit-column-balance-minor = Solde
audit-column-bank = Banque
audit-column-bank-line-id = Ligne de relevé n°
audit-column-bank-name = Nom de la banque
audit-column-billable = Facturable
audit-column-billed-minutes = Minutes facturées
audit-column-body = Texte
audit-column-booked-on = Date d’opération
audit-column-buyer-json = Client tel qu’imprimé
audit-column-cancelled-on = Résilié le
audit-column-case-number = N° de dossier Microsoft
audit-column-category = Catégorie
audit-column-channel = Canal
audit-column-closed-at = Close le
audit-column-closed-on = Fermé le
audit-column-confirmed-at = Confirmé le
audit-column-share-capital = Capital social
audit-column-recovery-indemnity = Indemnité forfaitaire de recouvrement
audit-column-communication-id = Document envoyé n°
audit-column-contact-id = Contact n°
audit-column-contact-name = Contact
audit-column-contract-reference = Référence du contrat
audit-column-cost-hourly = Coût horaire
audit-column-cost-monthly = Coût mensuel
audit-column-covered-en = Ce qui est couvert (anglais)
audit-column-covered-fr = Ce qui est couvert (français)
audit-column-created-at = Créé le
audit-column-created-by = Créé par
audit-column-credit-reason = Motif de l’avoir
audit-column-credited-invoice-id = Facture annulée
audit-column-customer-id = Client
audit-column-default-currency = Devise par défaut
audit-column-delivered-by = Assuré par
audit-column-direction = Sens
audit-column-document-sha256 = Empreinte du document
audit-column-effective-date = Date d’effet
audit-column-ended-at = Fin
audit-column-escalation-routes-json = Accès au support Microsoft
audit-column-failed-logins = Échecs de connexion
audit-column-file-sha256 = Empreinte du fichier
audit-column-first-response-at = Première réponse le
audit-column-from-state = État précédent
audit-column-gross-minor = Montant TTC
audit-column-hash = Empreinte
audit-column-hold-id = Suspension des relances n°
audit-column-holidays-json = Jours fériés
audit-column-hours-json = Heures de service
audit-column-identity = Identité
audit-column-imported-at = Importé le
audit-column-included-minutes = Minutes incluses
audit-column-increment-minutes = Arrondi (minutes)
audit-column-invoice-id = Facture
audit-column-invoice-ids = Factures
audit-column-invoice-line-id = Ligne de facture n°
audit-column-invoices = Factures
audit-column-issued-at = Émis le
audit-column-issued-on = Émis le
audit-column-kind = Type
audit-column-label = Libellé
audit-column-last-failed-at = Dernier échec de connexion
audit-column-last-seq = Dernier numéro
audit-column-late-penalty-rate = Taux des pénalités de retard
audit-column-learnt-at = Appris le
audit-column-legal-form = Forme juridique
audit-column-lifted-at = Levée le
audit-column-logo-png = Logo
audit-column-mapping = Correspondance des colonnes
audit-column-minimum-minutes = Minimum facturé (minutes)
audit-column-month = Mois
audit-column-ms-product-id = ProductId Microsoft
audit-column-ms-sku-id = SkuId Microsoft
audit-column-no-support = Sans support
audit-column-not-covered-en = Ce qui n’est pas couvert (anglais)
audit-column-not-covered-fr = Ce qui n’est pas couvert (français)
audit-column-opened-at = Ouverte le
audit-column-opened-on = Ouvert le
audit-column-password-changed-at = Mot de passe changé le
audit-column-payer-name = Payeur
audit-column-payment-id = Règlement n°
audit-column-pc-subscription-id = Abonnement Partner Center
audit-column-period-end = Fin de période
audit-column-period-start = Début de période
audit-column-plan-id = Plan de support
audit-column-portal-url = Adresse du portail
audit-column-position = Position
audit-column-prev-hash = Empreinte précédente
audit-column-produced-at = Produit le
audit-column-produced-on = Produit le
audit-column-product-id = Produit
audit-column-proposed-on = Proposé le
audit-column-prorate-days = Jours au prorata
audit-column-prorate-of = Prorata sur
audit-column-provider-contact = Contact du prestataire
audit-column-provider-name = Prestataire
audit-column-rcs = RCS
audit-column-reactivated-on = Réactivé le
audit-column-recorded-at = Enregistré le
audit-column-recovery-indemnity-minor = Indemnité forfaitaire de recouvrement
audit-column-refund-id = Remboursement n°
audit-column-refunded-on = Remboursé le
audit-column-renewal-date = Renouvellement le
audit-column-request-id = Demande de support
audit-column-resolved-at = Résolue le
audit-column-reversal-id = Annulation n°
audit-column-reversed-on = Annulé le
audit-column-role = Rôle
audit-column-rounding = Arrondi
audit-column-route = Accès Microsoft
audit-column-seller-json = Entreprise telle qu’imprimée
audit-column-sent-on = Envoyé le
audit-column-sent-via = Envoyé par
audit-column-series-seq = Numéro d’ordre
audit-column-series-year = Année de la série
audit-column-service-end = Fin de service
audit-column-service-start = Début de service
audit-column-settled-on = Soldée le
audit-column-sha256 = Empreinte SHA-256
audit-column-share-capital-minor = Capital social
audit-column-size = Taille
audit-column-staff-id = Personne
audit-column-started-at = Démarré le
audit-column-statement-id = Relevé bancaire
audit-column-step-code = Étape de relance
audit-column-subscription-id = Abonnement
audit-column-support-plan = Plan de support
audit-column-suspended-on = Suspendu le
audit-column-targets-at-resolution = Engagements à la résolution
audit-column-targets-json = Délais d’engagement
audit-column-time-entry-id = Temps passé n°
audit-column-time-zone = Fuseau horaire
audit-column-to-state = Nouvel état
audit-column-unit = Unité
audit-column-updated-at = Modifié le
audit-column-value-on = Date de valeur
audit-column-vat-mention = Mention de TVA
audit-column-vat-treatment = Régime de TVA
audit-column-website = Site web
audit-column-written-at = Écrit le
audit-column-year = Année

# A value that was empty, or is no more.
audit-no-value = (vide)

## The CSV export
audit-file = journal
audit-csv-when = Date
audit-csv-who = Personne
audit-csv-what = Action
audit-csv-customer = Client
audit-csv-changes = Modifications
# One value changed: « Ville : Paris → Lyon ».
audit-csv-field = { $label } : { $before } → { $after }
# One row: « Client modifié : Ville : Paris → Lyon ; Code postal : … ».
audit-csv-row = { $what } { $op } : { $fields }

## A stored code in a change, as the reader says it ($code: the code the book stores)
# A key and its value inside a value kept whole (an invoice’s frozen customer).
audit-value-pair = { $label } : { $value }
audit-value-yes = oui
audit-value-no = non
# An invoice’s stored status; $credit is yes for a credit note (« un avoir émis »).
audit-value-invoice-status = { $code ->
        [draft] brouillon
        [issued] { $credit ->
            [yes] émis
           *[no] émise
        }
       *[other] { $code }
    }
audit-value-invoice-kind = { $code ->
        [credit_note] avoir
        [invoice] facture
       *[other] { $code }
    }
audit-value-line-kind = { $code ->
        [subscription] abonnement
        [one_off] frais ponctuels
        [support_fee] forfait de support
        [billable_hours] heures de support facturées
        [usage] utilisation refacturée
       *[other] { $code }
    }
audit-value-communication-kind = { $code ->
        [statement] relevé de compte
        [letter] lettre
        [invoice] facture
       *[other] { $code }
    }
audit-value-bank-kind = { $code ->
        [camt053] relevé CAMT.053
        [ofx] fichier OFX
        [csv] fichier CSV
       *[other] { $code }
    }
audit-value-direction = { $code ->
        [credit] crédit
        [debit] débit
       *[other] { $code }
    }
audit-value-event-kind = { $code ->
        [opened] ouverture
        [state] changement d’état
        [note] note interne
        [reply] réponse au client
        [escalated] transmission à Microsoft
        [microsoft] échange avec Microsoft
        [assigned] attribution
        [severity] changement de gravité
       *[other] { $code }
    }
