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
