# Words the application layer puts on the documents it prints (letters' totals and
# signatures, the statement's contact line, the aging CSV's header) and in the names of
# the files it writes (without accents: every file system and mail client takes them).
printed-total-outstanding = Total restant dû
printed-late-penalties = Pénalités de retard
printed-recovery-indemnity = Indemnité forfaitaire pour frais de recouvrement
printed-total-claimed = Total réclamé
printed-registered-post = Lettre recommandée avec accusé de réception
printed-accounts-department = Le service comptabilité
printed-customer-service = Le service client
printed-statement-contact = Une question sur ce relevé ou sur votre support ? Contactez-nous :
printed-draft = BROUILLON
printed-customer-number = N° client
file-letter = Lettre
file-letters = Lettres
file-renewal = Renouvellement
file-renewals = Renouvellements
file-statement = Releve
file-statements = Releves
file-aging = Balance-agee
file-policy = Politique-de-recouvrement
