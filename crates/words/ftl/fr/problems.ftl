# What can be wrong with a value a user typed (ardoise_domain::Problem), one message a
# variant. The window, the CLI and the tests show these sentences word for word.

problem-required = Ce champ est obligatoire.
problem-too-long = { $max } caractères au plus.
problem-invalid-email = Adresse e-mail invalide : attendu nom@domaine.fr.
problem-vat-format = Numéro de TVA invalide pour le pays { $country } : attendu sous la forme { $example }.
problem-vat-key = Numéro de TVA invalide : la clé (2 chiffres après FR) ne correspond pas au SIREN.
problem-vat-country-mismatch = Le numéro de TVA est celui d'un autre pays ({ $vat_country }) que celui du client ({ $country }).
problem-vat-unknown-country = Numéro de TVA invalide : « { $prefix } » n'est pas un préfixe de pays de l'UE (FR, DE, BE…).
problem-siren-format = Le SIREN compte 9 chiffres.
problem-siren-checksum = SIREN invalide : la clé de contrôle ne correspond pas (vérifiez chaque chiffre).
problem-siret-format = Le SIRET compte 14 chiffres.
problem-siret-checksum = SIRET invalide : la clé de contrôle ne correspond pas (vérifiez chaque chiffre).
problem-iban-format = IBAN invalide : attendu un code pays, 2 chiffres de clé puis le numéro de compte (FR76 3000 …).
problem-iban-checksum = IBAN invalide : la clé de contrôle ne correspond pas (vérifiez chaque caractère).
problem-bic-format = BIC invalide : 8 ou 11 caractères (BNPAFRPP).
problem-tenant-id = Identifiant de tenant invalide : attendu un GUID (8-4-4-4-12 caractères hexadécimaux).
problem-unknown-currency = « { $code } » n'est pas un code de devise ISO (EUR, GBP, USD…).
problem-unknown-country = « { $code } » n'est pas un code pays ISO à 2 lettres (FR, BE, GB…).
problem-not-a-number = Attendu un nombre (par exemple 12,50).
problem-negative = Ne peut pas être négatif.
problem-not-positive = Doit être supérieur à zéro.
problem-percent-range = Attendu un pourcentage entre 0 et 100.
problem-not-a-date = Date invalide : attendu AAAA-MM-JJ.
# $term: the engagement's code (monthly, annual, triennial); the choices follow from it.
problem-frequency-not-allowed = { $term ->
    [monthly] Cette périodicité de facturation n'est pas possible pour un engagement mensuel : choisissez mensuelle.
    [annual] Cette périodicité de facturation n'est pas possible pour un engagement annuel : choisissez mensuelle, annuelle ou unique.
   *[other] Cette périodicité de facturation n'est pas possible pour un engagement triennal : choisissez mensuelle, annuelle, triennale ou unique.
}
# $field: the code of the field the date cannot precede.
problem-date-before = Cette date ne peut pas précéder le champ « { $field ->
        [start_date] date de début
        [renewal_date] date de renouvellement
        [effective_from] date d'effet
        [from] début de période
        [previous_step] étape précédente
       *[other] date
    } ».
problem-already-exists = Cette valeur est déjà utilisée.
problem-domain-name = Nom de domaine invalide : attendu par exemple contoso.fr.
problem-phone = Numéro de téléphone invalide : des chiffres, espaces et + (6 à 20 chiffres).
problem-not-a-choice = Choisissez parmi : { $allowed }.
# $max: the bound, already formatted (1 000 000).
problem-too-large = Au plus { $max } : vérifiez le nombre de chiffres.
problem-line-too-large = Quantité × prix unitaire dépasse { $max } : vérifiez l'une et l'autre.
problem-date-range = Date hors de la période acceptée ({ $first } – { $last }) : vérifiez l'année.
problem-not-whole = Attendu un nombre entier (par exemple 12).
problem-image-format = Le logo doit être une image PNG : ce fichier n'en est pas une, ou est abîmé. Enregistrez-le en PNG.
problem-image-too-large = Cette image est trop grande pour être lue ({ $max_side } pixels de côté et { $max_mb } Mo au plus) : enregistrez-la plus petite.
problem-not-a-month = Mois invalide : attendu AAAA-MM, par exemple 2026-11.
problem-fraction-of-cent = Au plus deux décimales (des centimes).
problem-microsoft-id = Identifiant Microsoft invalide : lettres et chiffres seulement (CFQ7TTC0LH18).
# $shown: what the template wrote ({montant}); $list: the placeholders a template may use.
problem-unknown-placeholder = Variable inconnue : { $shown }. Variables possibles : { $list } ({"{{"} et {"}}"} pour une accolade).
