# Collections: the printable collection policy sheet, when a step comes, renewal notices.

## The collection policy sheet (headings and sections)

policy-sheet-title = Notre politique de recouvrement
policy-sheet-principle = Nos factures sont payables à leur date d'échéance. Voici, étape par étape, ce qui se passe lorsqu'une facture n'est pas réglée à temps. Les délais sont comptés en jours calendaires à partir de la date d'échéance de chaque facture. Chaque courrier n'est envoyé qu'une fois par facture, et un paiement partiel réduit d'autant le montant réclamé.
policy-sheet-penalties-heading = Pénalités de retard et indemnité
policy-sheet-penalties = Tout retard de paiement fait courir de plein droit, dès le lendemain de la date d'échéance, des pénalités de retard au taux annuel de { $rate }, calculées sur le montant restant dû, ainsi qu'une indemnité forfaitaire pour frais de recouvrement de { $indemnity } par facture payée en retard (articles L441-10 et D441-5 du Code de commerce).
policy-sheet-disputes-heading = Factures contestées
policy-sheet-disputes = Si une facture vous semble erronée, signalez-le-nous : les relances qui la concernent sont interrompues le temps de traiter votre demande. Si la facture reste due, elles reprennent à l'étape atteinte à cette date.
policy-sheet-paying-heading = Lorsque vous payez
policy-sheet-paying = Dès qu'une facture est entièrement réglée, les relances qui la concernent s'arrêtent.
policy-sheet-paying-suspends = Dès qu'une facture est entièrement réglée, les relances qui la concernent s'arrêtent. Les abonnements suspendus sont réactivés dès le paiement intégral des factures qui les facturent.
policy-sheet-courtesy = Un rappel amical des factures qui arrivent à échéance et de leur montant.
policy-sheet-reminder = Une relance amiable listant les factures impayées et le montant dû.
policy-sheet-formal-notice = Une mise en demeure de payer sous { $days } jours, rappelant les pénalités de retard et l'indemnité forfaitaire pour frais de recouvrement dues.
policy-sheet-suspension = L'accès aux abonnements et services facturés par les factures impayées est suspendu. Il est rétabli dès leur paiement intégral.
policy-sheet-unaffected = Vos services ne sont pas affectés.
policy-sheet-unaffected-yet = Vos services ne sont pas encore affectés ; sans paiement, ils seront suspendus à une étape ultérieure.

## When a step comes, counted from the due date

# $count: the number of days (an integer, for the plural); $days: the same, as text.
policy-when-before = { $count ->
        [one] { $days } jour
       *[other] { $days } jours
    } avant l'échéance
policy-when-after = { $count ->
        [one] { $days } jour
       *[other] { $days } jours
    } après l'échéance
policy-when-due-date = À l'échéance

## Renewal notices (fixed wording: Microsoft's rule, not a policy step)

renewal-subject = Renouvellement de vos abonnements Microsoft — compte { $account }
renewal-greeting = Madame, Monsieur,
renewal-intro = Les abonnements Microsoft de { $customer } ci-dessous arrivent au terme de leur engagement :
renewal-window = Selon les règles « nouveau commerce » de Microsoft, un abonnement annuel ou triennal ne peut être annulé, ou sa quantité réduite, que dans les { $days } jours qui suivent son renouvellement. Passé ce délai, le nouvel engagement court jusqu'à son terme et reste dû en totalité.
renewal-instructions = Pour modifier une quantité ou ne pas renouveler un abonnement, merci de nous prévenir avant sa date de renouvellement. Sans instruction de votre part, il sera renouvelé pour la même durée, aux tarifs alors en vigueur.
renewal-ending = Un abonnement sans renouvellement automatique s'arrête à sa date de fin : si vous souhaitez le conserver, prévenez-nous avant cette date.
renewal-offer = Nous restons à votre disposition pour faire le point sur vos besoins.
renewal-sign-off = Cordialement,
# $what: "3 × Microsoft 365 Business Premium"; $term: the engagement's code.
renewal-item-renews = – { $what }, engagement { $term ->
        [monthly] mensuel
        [annual] annuel
       *[triennial] triennal
    } : renouvelé le { $on }, annulable jusqu'au { $until }
renewal-item-ends = – { $what }, engagement { $term ->
        [monthly] mensuel
        [annual] annuel
       *[triennial] triennal
    } : prend fin le { $on }, sans renouvellement automatique
