# Words the application layer puts on documents and file names.

## Billing runs

billing-nothing-to-invoice = { $customer } : rien à facturer pour { $period }, le brouillon reste à revoir.
# The number a draft shows where an issued invoice shows its own.
draft-number = BROUILLON

## Statements and the aging report

statement-support = Une question sur ce relevé ou sur votre support ? Contactez-nous :
aging-customer-number = N° client
aging-customer = Client
aging-currency = Devise
aging-total = Total

## Letters

letter-total-due = Total restant dû
letter-penalties = Pénalités de retard
letter-indemnity = Indemnité forfaitaire pour frais de recouvrement
letter-total-claimed = Total réclamé
letter-registered = Lettre recommandée avec accusé de réception
letter-signature-accounts = Le service comptabilité
letter-signature-customer-service = Le service client

## Words in the names of the files written (no accents: every file system takes them)

file-statement = Releve
file-statements = Releves
file-aging = Balance-agee
file-letter = Lettre
file-letters = Lettres
file-renewal = Renouvellement
file-renewals = Renouvellements
file-collection-policy = Politique-de-recouvrement
