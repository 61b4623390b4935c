## Staff accounts, roles and signing in.

# Microsoft's names of the four partner roles; $code: user_admin, billing_admin, support_agent, sales_agent.
staff-role = { $code ->
        [user_admin] Administrateur de gestion des utilisateurs
        [billing_admin] Administrateur de facturation
        [support_agent] Agent de support
       *[sales_agent] Agent commercial
    }
# The one word a role is typed as in the CLI.
staff-role-word = { $code ->
        [user_admin] utilisateurs
        [billing_admin] facturation
        [support_agent] support
       *[sales_agent] ventes
    }
# What a permission lets a person do, said inside a refusal; $code: the permission.
staff-permission = { $code ->
        [view_book] consulter le dossier
        [edit_customers] modifier les clients et leurs contacts
        [edit_subscriptions] modifier les abonnements
        [edit_catalog] modifier les produits et les prix
        [edit_partner] modifier les réglages de l’entreprise
        [manage_book] gérer le dossier (sauvegardes, importations)
        [edit_invoices] préparer, émettre et avoir des factures
        [record_payments] enregistrer les paiements
        [produce_statements] produire relevés, relances et suspensions
        [work_support] traiter les demandes de support
        [edit_support_plans] modifier l’offre de support et ses tarifs
        [manage_staff] gérer les comptes du personnel
       *[view_audit] consulter le journal
    }

staff-username-shape = Un identifiant compte de { $min } à { $max } caractères parmi a–z, 0–9, le point, le tiret et le tiret bas.
staff-password-too-short = Le mot de passe doit compter au moins { $min } caractères.
staff-password-too-long = Le mot de passe compte au plus { $max } caractères.
staff-no-role = Choisissez au moins un rôle.
staff-unknown-role = Rôle inconnu. Choisissez parmi : { $roles }.

staff-wrong-password = Identifiant ou mot de passe incorrect.
staff-try-again-in = Trop d’essais. Réessayez dans { $seconds } s.
staff-account-deactivated = Ce compte est désactivé. Demandez à un administrateur de le réactiver.
staff-not-signed-in = Connectez-vous d’abord.
staff-locked = La fenêtre est verrouillée : saisissez votre mot de passe pour continuer.
staff-first-admin-exists = Ce dossier a déjà son administrateur : connectez-vous.
staff-needs-first-admin = Ce dossier n’a pas encore d’administrateur. Créez-le d’abord : ardoise --user IDENTIFIANT staff setup --name "Prénom Nom".
staff-last-admin = { $name } est le dernier administrateur de gestion des utilisateurs actif : donnez d’abord ce rôle à une autre personne.
staff-current-password-wrong = Le mot de passe actuel est incorrect.
staff-idle-lock-range = Le verrouillage se règle entre { $min } et { $max } minutes.

## The CLI's words about accounts.
staff-cli-password-prompt = Mot de passe de { $user } :
staff-cli-new-password-prompt = Nouveau mot de passe de { $user } :
staff-cli-needs-user = Une commande agit au nom d’une personne : donnez --user IDENTIFIANT (ou ARDOISE_USER), et le mot de passe dans ARDOISE_PASSWORD ou quand il est demandé.
staff-cli-no-terminal = Aucun terminal pour demander le mot de passe : donnez-le dans { $variable }.
staff-cli-setup-done = { $name } administre désormais ce dossier : signez les commandes avec --user { $user }.
staff-cli-added = Compte { $user } créé.
staff-cli-roles-set = Rôles de { $user } : { $roles }.
staff-cli-deactivated = Compte { $user } désactivé : il ne se connecte plus, le journal garde son nom.
staff-cli-reactivated = Compte { $user } réactivé.
staff-cli-password-changed = Mot de passe de { $user } changé.
staff-cli-not-found = Aucun compte « { $key } » : `ardoise staff list` les liste.
staff-cli-col-username = Identifiant
staff-cli-col-name = Nom
staff-cli-col-title = Fonction
staff-cli-col-roles = Rôles
staff-cli-col-state = État
staff-cli-state = { $active ->
        [yes] actif
       *[no] désactivé
    }
