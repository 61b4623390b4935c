# The support-terms sheet a customer receives (crates/documents): what its plan covers,
# hours of service and closed days, how to reach support, targets, prices, escalation
# to Microsoft and who provides the support.

support-sheet-title = Conditions de support
# The PDF's title: "Conditions de support C-00042".
support-sheet-name = Conditions de support { $account }
support-sheet-plan = Formule « { $name } »
support-sheet-account = Compte client

support-sheet-covered = Ce qui est couvert
support-sheet-not-covered = Ce qui n’est pas couvert
support-sheet-no-support = Votre contrat ne comprend pas de support : ni heures de service, ni délais de réponse garantis. Vos questions sur vos factures et vos abonnements restent les bienvenues, aux coordonnées ci-dessous.

## Hours of service: « Lundi à vendredi : 9:00–12:30, 14:00–18:00 »

support-sheet-hours = Heures de service
support-sheet-col-days = Jours
support-sheet-col-hours = Heures
# A day at the start of a line.
support-sheet-weekday-first = { $day ->
    [1] Lundi
    [2] Mardi
    [3] Mercredi
    [4] Jeudi
    [5] Vendredi
    [6] Samedi
   *[7] Dimanche
}
# A day after another one.
support-sheet-weekday = { $day ->
    [1] lundi
    [2] mardi
    [3] mercredi
    [4] jeudi
    [5] vendredi
    [6] samedi
   *[7] dimanche
}
support-sheet-days-two = { $first } et { $second }
support-sheet-days-span = { $first } à { $last }
support-sheet-every-day = Tous les jours
support-sheet-day-closed = Fermé
support-sheet-all-day = 24 h/24
support-sheet-zone = Horaires à l’heure du fuseau { $zone }.
support-sheet-no-hours = Cette formule ne comprend pas d’heures de service.

## Closed days

support-sheet-closed-days = Jours de fermeture en { $year }
support-sheet-closed-intro = En plus des jours sans heures de service, le support est fermé les jours suivants :
support-sheet-closed-none = Aucun autre jour de fermeture en { $year }.
support-sheet-closed-by-hand = Fermeture exceptionnelle
# « lundi 6 avril », « jeudi 1er janvier » (the year is in the heading); $month is
# the month's name (letter-month).
support-sheet-day-date = { $weekday } { $day ->
    [1] 1er
   *[other] { $day }
} { $month }

## How to reach support

support-sheet-contact = Nous joindre
support-sheet-phone = Téléphone
support-sheet-email = E-mail
support-sheet-portal = Portail
support-sheet-contact-none = Écrivez-nous ou appelez-nous aux coordonnées en tête de ce document.

## Targets per severity

support-sheet-targets = Délais cibles
support-sheet-targets-intro = Comptés à partir de la réception de votre demande ; le temps pendant lequel nous attendons une réponse de votre part n’est pas compté.
support-sheet-col-severity = Gravité
support-sheet-col-first-response = Première réponse
support-sheet-col-resolution = Résolution
support-sheet-col-counted = Décompte
support-sheet-severity = { $severity ->
    [critical] Critique
    [high] Haute
    [normal] Normale
   *[low] Basse
}
support-sheet-counted-service = En heures de service
support-sheet-counted-always = 24 h/24, 7 j/7
support-sheet-minutes = { $minutes } min
support-sheet-hours-only = { $hours } h
support-sheet-hours-minutes = { $hours } h { $minutes }

## Prices

support-sheet-prices = Tarifs
support-sheet-prices-from = Tarifs hors taxes, en vigueur depuis le { $date }.
support-sheet-prices-none = Tarifs sur demande.
support-sheet-fee = Forfait mensuel
support-sheet-per-month = { $amount } HT par mois
support-sheet-included = Heures incluses
support-sheet-included-value = { $duration } par mois
support-sheet-included-none = Aucune
support-sheet-rate = Au-delà des heures incluses
support-sheet-per-hour = { $amount } HT de l’heure
support-sheet-counting = Décompte du temps
support-sheet-counting-value = { $rounding ->
    [per_entry] Chaque intervention est arrondie à la tranche de { $increment } supérieure
   *[per_month] Le temps du mois est totalisé, puis arrondi une fois à la tranche de { $increment } supérieure
}
support-sheet-minimum = Minimum facturé
support-sheet-minimum-value = { $rounding ->
    [per_entry] { $minimum } par intervention
   *[per_month] { $minimum } par mois où du temps est passé
}
support-sheet-billed-next-month = Le temps passé au-delà des heures incluses figure sur la facture du mois suivant, avec les demandes auxquelles il a été consacré.

## Escalation to Microsoft

support-sheet-escalation = Escalade vers Microsoft
support-sheet-escalation-intro = Ce que nous ne pouvons pas résoudre nous-mêmes, nous le portons chez Microsoft pour vous et suivons le dossier jusqu’à sa résolution, par :
support-sheet-route = { $route ->
    [commercial] le support commercial de Microsoft (facturation et abonnements)
    [partner_cloud] le support cloud de Microsoft pour les partenaires (questions techniques)
    [advanced_support] Advanced Support for Partners, le support avancé de Microsoft
   *[premier_support] Premier Support for Partners, le support premium de Microsoft
}
support-sheet-escalation-none = Cette formule ne comprend pas d’escalade vers Microsoft.

## Who provides the support

support-sheet-delivery = Qui assure votre support
support-sheet-delivered = { $by ->
    [own_team] Votre support est assuré par notre propre équipe.
    [subcontractor] Votre support est assuré pour notre compte par { $name }, notre sous-traitant ; nous en restons responsables envers vous.
   *[resold] Votre support est celui de { $name }, que nous vous revendons ; nous restons votre interlocuteur.
}
support-sheet-provider-contact = Contact : { $contact }

## The line on the collection-policy sheet that points to this sheet

support-sheet-pointer = Assistance : les heures de service, les délais et les tarifs de votre support sont décrits dans la fiche « Conditions de support » de votre formule, que nous vous envoyons sur simple demande.

## The file's name (no accents: every file system takes them)

file-support-sheet = Conditions-de-support
