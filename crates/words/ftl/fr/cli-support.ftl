# `ardoise support …`: the support desk's words in the terminal (crates/cli).

## Refusals

# $key: what was typed.
cli-support-not-found-request = Aucune demande ne porte le numéro « { $key } » ; `ardoise support requests list` liste les demandes ouvertes, avec `--state closed` les demandes closes.
cli-support-not-found-plan = Aucun plan de support ne s’appelle « { $key } » ; `ardoise support plans list` les liste.

## Plans

cli-support-plan = Plan
cli-support-hours = Horaires de service
cli-support-time-zone = Fuseau horaire
cli-support-monthly-fee = Forfait mensuel HT
cli-support-hourly-rate = Heure au-delà HT
cli-support-included = Heures incluses
cli-support-customers = Clients
cli-support-no-support = sans support
cli-support-never-open = jamais ouvert
cli-support-archived = archivé
# $day: mon, tue, wed, thu, fri, sat or sun.
cli-support-day = { $day ->
        [mon] lun.
        [tue] mar.
        [wed] mer.
        [thu] jeu.
        [fri] ven.
        [sat] sam.
       *[sun] dim.
    }
cli-support-holidays = fermé les jours fériés
# $name: the plan's name; $id: its number in the book.
cli-support-plan-created = Plan « { $name } » créé (id { $id }).
# $customer: the customer's name; $plan: the plan's name; $from: a date.
cli-support-plan-assigned = { $customer } est sur le plan « { $plan } » à partir du { $from }.

## Durations and countdowns, in hours of service

# $hours, $minutes: whole numbers, $minutes on two digits.
cli-support-duration = { $hours } h { $minutes }
cli-support-duration-hours = { $hours } h
cli-support-duration-minutes = { $minutes } min
# $time: a duration formatted as above.
cli-support-left = reste { $time }
cli-support-late = { $time } de retard
cli-support-met = tenu
cli-support-missed = manqué
cli-support-paused = en pause

## The queue

cli-support-request = Demande
cli-support-subject = Objet
cli-support-category = Catégorie
cli-support-severity = Gravité
cli-support-state = État
cli-support-first-response = Première réponse
cli-support-resolution = Résolution
cli-support-assigned = Confiée à
# $count: requests listed; $breached: how many of them missed a target.
cli-support-queue-count = { $count ->
        [one] { $count } demande
       *[other] { $count } demandes
    }, dont { $breached } hors délai

## One request

cli-support-channel = Canal
cli-support-contact = Contact
cli-support-opened = Ouverte le
cli-support-invoices = Factures
cli-support-held-in-collections = suspendue au recouvrement
# $at: a date and time; $time: the countdown.
cli-support-due-at = échéance { $at }, { $time }
cli-support-met-at = tenu le { $at }
cli-support-missed-at = manqué, répondu le { $at }
cli-support-no-target = pas d’engagement
cli-support-when = Quand
cli-support-who = Qui
cli-support-what = Événement
cli-support-detail = Détail
cli-support-started = Début
cli-support-ended = Fin
cli-support-time-spent = Durée
cli-support-billable = Facturable
cli-support-yes = oui
cli-support-no = non
cli-support-billed = facturé
cli-support-note = Note
# $total, $billable: durations.
cli-support-time-total = Temps passé : { $total }, dont { $billable } à facturer
cli-support-route = Voie d’escalade
cli-support-case = Dossier Microsoft
cli-support-case-opened = Ouvert le
cli-support-case-closed = Clos le
# $zone: the plan's time zone, in which the times are shown.
cli-support-times-in = Heures données dans le fuseau { $zone }.

## What a command did

# $number: S-2026-00001; $id: its id in the book.
cli-support-request-added = Demande { $number } enregistrée (id { $id }).
# $invoice: F2026-00042.
cli-support-invoice-held = La facture { $invoice } est suspendue au recouvrement tant que la demande est ouverte.
cli-support-invoice-released = La facture { $invoice } est de nouveau proposée au recouvrement.
# $number: the request; $id: the time entry; $total, $billable: the request's time so far.
cli-support-time-logged = Temps enregistré sur { $number } (saisie { $id }) : { $total } en tout, dont { $billable } à facturer.
# $route: Microsoft's route in words; $case: Microsoft's case number.
cli-support-escalated = { $number } transmise à Microsoft — { $route }, dossier n° { $case }.
cli-support-resolved = { $number } est résolue.
cli-support-closed = { $number } est close.
# $customer: the customer's name; $path: the file written.
cli-support-sheet-written = Conditions de support de { $customer } écrites dans { $path } et notées au journal des envois.
