# Why a use case failed (ardoise_app::AppError), said so that the reader can act on it.

error-invalid-one = Corrigez ce champ : { $problem }
error-invalid-many = { $count } champs sont à corriger.
# $permission: the permission's code (invoice.issue).
error-forbidden = Votre rôle ne permet pas cette action ({ $permission }). Demandez-la à un administrateur.
# $what: the code of the thing looked for, spaces written _ (staff_member).
error-not-found = { $what ->
        [customer] Ce client
        [invoice] Cette facture
        [draft] Ce brouillon
        [payment] Ce paiement
        [line] Cette ligne
        [contact] Ce contact
        [product] Ce produit
        [subscription] Cet abonnement
        [staff_member] Ce compte
       *[other] Cet élément
    } n'existe pas ou plus : rechargez la liste.
error-duplicate = Cette valeur est déjà utilisée par un autre enregistrement.
error-book-too-new = Ce fichier a été écrit par une version plus récente d'Ardoise (schéma { $found }, cette version connaît { $supported }). Il n'a pas été modifié : mettez Ardoise à jour pour l'ouvrir.
error-no-book = Aucun dossier n'est ouvert : créez-le avec ou sans données de démonstration.
error-book-not-empty = Ce dossier contient déjà des clients : les données de démonstration ne vont que dans un dossier vide.
error-issued = Cette facture est émise : elle ne peut plus être modifiée ni supprimée. Pour la corriger, émettez un avoir.
error-not-issued = Seule une facture émise peut recevoir un avoir ou un paiement.
error-empty-invoice = Une facture vide ne peut pas être émise : ajoutez une ligne ou supprimez le brouillon.
error-partner-missing = Renseignez d'abord le profil de votre société (Paramètres) : ses mentions légales figurent sur chaque facture.
error-refused = Le dossier a refusé cette modification ({ $detail }).
error-out-of-sequence = La numérotation est chronologique : une pièce de la série est déjà datée du { $last }.
error-document = Le document n'a pas pu être produit ({ $detail }). Vérifiez le logo dans les Paramètres.
error-file = Le fichier { $path } n'a pas pu être écrit ({ $detail }) : choisissez un dossier où vous pouvez écrire.
error-already-sent = Cet envoi est déjà enregistré (le { $on }) : un envoi ne s'enregistre qu'une fois.
error-cancelled = Annulé : rien n'a été enregistré.
error-busy = Une autre fenêtre ou un script écrit en ce moment dans ce dossier ; rien n'a été enregistré. Réessayez dans un instant.
error-file-exists = Le fichier { $path } existe déjà et n'a pas été remplacé : choisissez un autre nom ou déplacez-le d'abord.
# $cause: one of the error-read-only-cause-* sentences.
error-cannot-upgrade = Ce dossier a été écrit par une version plus ancienne d'Ardoise et doit être mis à jour, ce qui est impossible ici : { $cause } Il n'a pas été modifié.
error-not-a-book = Le fichier { $path } n'est pas un dossier Ardoise ou il est endommagé au point de ne plus pouvoir être lu ({ $detail }). Il n'a pas été modifié : ouvrez un autre fichier ou restaurez une sauvegarde.
error-damaged = Le fichier du dossier est endommagé ({ $detail }) ; rien n'a été enregistré. Lancez la vérification du dossier et restaurez une sauvegarde.
error-no-such-book = Aucun dossier à l'emplacement { $path } : vérifiez le chemin donné à --db. Pour créer un dossier vide à cet endroit : ardoise --db { $path } init (ou demo pour un dossier de démonstration).
error-path-refused = Ardoise n'ouvre et n'écrit que ses propres documents, dans son dossier de documents ou dans un dossier choisi avec la fenêtre du système : { $path } a été refusé.
error-file-missing = Le fichier { $path } n'est plus là : il a été déplacé ou supprimé. Produisez le document à nouveau.
error-file-changed = Le fichier { $path } n'est plus celui qu'Ardoise a écrit (son contenu a changé) : il n'a pas été ouvert. Produisez le document à nouveau.
error-store = Le fichier de données n'a pas pu être lu ou écrit ; rien n'a été enregistré. Détail : { $detail }

## Why a book cannot be written, and what the window and the CLI say of it.

error-read-only-cause-file = le fichier { $path } ne peut pas être modifié ({ $detail }) ; vérifiez ses droits ou copiez-le dans un répertoire où vous pouvez écrire.
error-read-only-cause-folder = le répertoire { $path } n'accepte pas d'écriture ({ $detail }), or le journal du dossier doit y être créé ; vérifiez ses droits ou copiez le dossier ailleurs.
error-read-only-cause-corrupt = le fichier { $path } est endommagé ({ $detail }) et y écrire pourrait aggraver les dégâts ; restaurez une sauvegarde.
# A write that was just refused.
error-read-only-refused = Ce dossier est ouvert en lecture seule ; rien n'a été enregistré : { $cause }
# Said of the book as it opens.
error-read-only = Vous pouvez consulter ce dossier mais pas le modifier : { $cause }
