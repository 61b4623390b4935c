# The default collection policy: the steps and letters a new book starts with. Staff
# edit their own copy in the book; these are only where it starts.

policy-courtesy-name = Rappel de courtoisie
policy-courtesy-subject = Rappel d'échéance — compte {"{account_reference}"}
policy-courtesy-body =
    Madame, Monsieur,

    Nous vous remercions de votre confiance. Pour vous aider à planifier vos règlements, nous vous rappelons {"{l'échéance de la facture ci-dessous, au|les échéances des factures ci-dessous, la première au}"} {"{oldest_due_date}"}.

    {"{invoices_table}"}

    Montant à régler : {"{total_due}"}.

    Pour information, votre prochaine facture, pour {"{next_period}"}, devrait s'élever à {"{next_amount}"} TTC d'après vos abonnements et nos tarifs actuels.

    Si votre règlement est déjà en cours, nous vous en remercions et vous prions de ne pas tenir compte de ce message. Pour toute question sur {"{cette facture|ces factures}"}, nous restons à votre disposition.

    Cordialement,

policy-first-reminder-name = Première relance
policy-first-reminder-subject = Relance : {"{facture impayée|factures impayées}"} — compte {"{account_reference}"}
policy-first-reminder-body =
    Madame, Monsieur,

    Sauf erreur ou omission de notre part, {"{la facture ci-dessous reste impayée à ce jour, alors que son échéance est passée|les factures ci-dessous restent impayées à ce jour, alors que leur échéance est passée}"} depuis le {"{oldest_due_date}"}.

    {"{invoices_table}"}

    Nous vous remercions de bien vouloir nous régler la somme de {"{total_due}"} dans les meilleurs délais.

    Il s'agit peut-être d'un simple oubli : si votre règlement est intervenu entre-temps, nous vous prions de ne pas tenir compte de la présente relance. Si une facture vous semble erronée, signalez-le-nous : nous suspendrons toute relance la concernant le temps de traiter votre demande.

    Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

policy-second-reminder-name = Deuxième relance
policy-second-reminder-subject = Deuxième relance : {"{facture impayée|factures impayées}"} — compte {"{account_reference}"}
policy-second-reminder-body =
    Madame, Monsieur,

    Malgré notre précédente relance, {"{la facture ci-dessous, échue|les factures ci-dessous, échues}"} depuis le {"{oldest_due_date}"}, {"{reste impayée|restent impayées}"} à ce jour.

    {"{invoices_table}"}

    Nous vous demandons de bien vouloir nous régler sans délai la somme de {"{total_due}"}.

    Nous vous rappelons que, conformément à l'article L441-10 du Code de commerce et à nos conditions générales de vente, tout retard de paiement fait courir de plein droit des pénalités de retard au taux annuel de {"{penalty_rate}"}, ainsi qu'une indemnité forfaitaire pour frais de recouvrement de {"{indemnity_per_invoice}"} par facture (article D441-5 du Code de commerce). Au {"{date}"}, les pénalités de retard s'élèvent à {"{penalties}"} et l'indemnité forfaitaire à {"{indemnity}"}.

    Si votre règlement est intervenu entre-temps, nous vous prions de ne pas tenir compte de ce courrier.

    Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

policy-formal-notice-name = Mise en demeure
policy-formal-notice-subject = Mise en demeure de payer — compte {"{account_reference}"}
policy-formal-notice-body =
    Madame, Monsieur,

    Malgré nos relances, {"{la facture ci-dessous, échue|les factures ci-dessous, échues}"} depuis le {"{oldest_due_date}"}, {"{demeure impayée|demeurent impayées}"}.

    {"{invoices_table}"}

    Par la présente, nous mettons en demeure {"{customer}"} de nous régler, dans un délai de {"{deadline_days}"} jours à compter de la date du présent courrier, soit au plus tard le {"{deadline}"}, la somme de {"{total_due}"} en principal.

    Conformément à l'article L441-10 du Code de commerce, s'y ajoutent de plein droit :
    – les pénalités de retard au taux annuel de {"{penalty_rate}"}, soit {"{penalties}"} au {"{date}"} ;
    – l'indemnité forfaitaire pour frais de recouvrement de {"{indemnity_per_invoice}"} par facture prévue à l'article D441-5 du Code de commerce, soit {"{indemnity}"}.

    À défaut de règlement dans ce délai, nous suspendrons l'accès aux abonnements et services concernés et nous réservons le droit d'engager, sans autre avis, toute procédure utile au recouvrement de notre créance.

    Si votre règlement est intervenu entre-temps, nous vous prions de ne pas tenir compte de ce courrier.

    Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

policy-suspension-name = Suspension des services
policy-suspension-subject = Suspension de vos services — compte {"{account_reference}"}
policy-suspension-body =
    Madame, Monsieur,

    Malgré nos relances et notre mise en demeure, {"{la facture ci-dessous, échue|les factures ci-dessous, échues}"} depuis le {"{oldest_due_date}"}, {"{reste impayée|restent impayées}"}.

    {"{invoices_table}"}

    En conséquence, nous vous informons que l'accès de {"{customer}"} aux abonnements et services facturés par {"{cette facture|ces factures}"} est suspendu à compter du {"{date}"}.

    Ils seront rétablis dès le règlement intégral de {"{cette facture|ces factures}"}, soit {"{total_due}"}. Les pénalités de retard ({"{penalties}"} au {"{date}"}) et l'indemnité forfaitaire pour frais de recouvrement ({"{indemnity}"}) restent dues.

    Pour toute question, ou pour convenir d'un échéancier, contactez-nous.

    Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

