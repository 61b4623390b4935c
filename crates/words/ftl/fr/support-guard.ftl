# The support desk’s guards: what is refused to protect billed time, the plans and the
# requests’ history, and the note left on a forgotten timer.

## Refusals
support-guard-overlaps-other-time = Vous avez déjà saisi du temps sur cette plage horaire.
support-guard-before-opened = Cette date est antérieure à l’ouverture de la demande.
support-guard-too-old = Cette date est antérieure à l’an 2000.
# $route: the route's name.
support-guard-route-not-in-plan = Le contrat de support du client ne donne pas accès à cette voie d’escalade : { $route }.
support-guard-no-support-fixed = Un contrat avec ou sans support le reste : créez un autre contrat.
support-guard-no-support-plan-fixed = Le contrat sans support d’Ardoise ne peut être ni modifié ni tarifé : créez un autre contrat.

## The note of a forgotten timer
# $started, $ended: local date and time (04/12/2026 17:00); $stopped: likewise.
support-guard-timer-forgotten = Minuteur oublié : lancé le { $started }, arrêté le { $stopped }. Temps compté jusqu’au { $ended } et non facturable ; saisissez le temps réel à la main.

## Found by ardoise check
# $number: the invoice's number; $line: the line's id.
support-guard-check-hours-unbacked = La facture { $number } facture du temps de support (ligne { $line }) dont les saisies ne lui sont plus rattachées : elles seraient facturées une seconde fois.
support-guard-check-fee-unbacked = La facture { $number } facture un forfait de support (ligne { $line }) qui n’est plus enregistré comme facturé : il le serait une seconde fois.
