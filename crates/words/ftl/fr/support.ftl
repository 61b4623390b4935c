# The support desk: the lists' names, refusals, the timeline's sentences.

## The lists, by stored code

support-channel = { $code ->
        [phone] Téléphone
        [email] E-mail
        [portal] Portail
       *[on_site] Sur site
    }
support-category = { $code ->
        [billing] Question de facturation
        [technical] Technique
        [subscription_change] Modification d’abonnement
        [access] Accès ou suspension
       *[other] Autre
    }
support-severity = { $code ->
        [critical] Critique
        [high] Haute
        [normal] Normale
       *[low] Basse
    }
support-state = { $code ->
        [new] Nouvelle
        [in_progress] En cours
        [waiting_on_customer] En attente du client
        [escalated] Transmise à Microsoft
        [resolved] Résolue
       *[closed] Close
    }
support-route = { $code ->
        [commercial] Support commercial Microsoft (facturation et abonnements)
        [partner_cloud] Partner cloud support
        [advanced_support] Advanced Support for Partners
       *[premier_support] Premier Support for Partners
    }
support-delivered-by = { $code ->
        [own_team] Notre équipe
        [subcontractor] Un sous-traitant
       *[resold] Un prestataire dont nous revendons le support
    }
support-rounding = { $code ->
        [per_entry] Arrondi à chaque intervention
       *[per_month] Arrondi sur le total du mois
    }

## Refusals, next to the field at fault

support-problem-not-a-time = Heure invalide : attendue sous la forme 09:00 (24:00 pour finir à minuit).
support-problem-no-hours = Un plan de support doit avoir au moins une plage d’ouverture, sinon ses délais ne courent jamais.
support-problem-not-a-duration = Durée invalide : attendue en heures, par exemple 4, 4:30 ou 1,5.
support-problem-resolution-before-response = Le délai de résolution ne peut pas être plus court que le délai de première réponse.
support-problem-target-missing = Indiquez les délais de cette gravité.
support-problem-not-a-url = Adresse web invalide : attendue https://… sans espace.
support-problem-route-not-held = Vous n’avez pas déclaré disposer de cette voie d’escalade : { $route }.
support-problem-request-closed = Cette demande est close : elle ne peut plus être modifiée.
support-problem-move-not-allowed = Une demande « { $from } » ne peut pas passer à « { $to } ».
support-problem-end-before-start = La fin doit être postérieure au début.
support-problem-entry-too-long = Une saisie de temps dure au plus 24 heures ; découpez-la en plusieurs saisies.
support-problem-not-the-customers = Cet élément n’appartient pas au client de la demande.
support-problem-timer-already-running = Un chronomètre tourne déjà ; arrêtez-le avant d’en lancer un autre.
support-problem-no-timer-running = Aucun chronomètre ne tourne.
support-problem-timer-running-on-it = Un chronomètre tourne sur cette demande ; arrêtez-le avant de la clore.
support-problem-plan-archived = Ce plan est archivé : il n’est plus proposé aux clients.
support-problem-not-an-instant = Date et heure invalides : attendues sous la forme 2026-12-04T09:30:00+01:00.
support-problem-in-the-future = Cette date et cette heure sont dans le futur.

## The timeline, one sentence per event

support-event-opened = { $channel ->
        [phone] Demande reçue par téléphone.
        [email] Demande reçue par e-mail.
        [portal] Demande reçue sur le portail.
        [on_site] Demande reçue sur site.
       *[other] Demande ouverte.
    }
support-event-state = « { $from } » → « { $to } ».
# $route: a word of support-route, which may hold its own parentheses.
support-event-escalated = Transmise à Microsoft via { $route }, dossier n° { $case }.
support-event-assigned = Confiée à { $name }.
support-event-unassigned = N’est plus confiée à personne.
support-event-reply = Réponse au client.
support-event-note = Note interne.
support-event-microsoft = Échange avec Microsoft.

## Collections: why an invoice is held

# $number: the request's number, S-2026-00042.
support-hold-reason = Contestée dans la demande de support { $number }

## The "no support" plan and the indicator on the customer's page

support-no-support-plan = Sans support
support-none = Pas de support
