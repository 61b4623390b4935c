# Fichiers de rapprochement de l’Espace partenaires Microsoft : pourquoi un fichier est refusé.

## Fichiers refusés
partner-center-file-empty = Ce fichier ne contient aucune ligne de facturation. Téléchargez de nouveau le fichier de rapprochement depuis l’Espace partenaires. Rien n’a été enregistré.
# $expected: the column names every Partner Center file has, comma-separated.
partner-center-file-foreign = Ce fichier n’est pas un fichier de rapprochement de l’Espace partenaires : sa première ligne devrait nommer les colonnes { $expected }. Rien n’a été enregistré.
# $kind: which kind of file the header shows; $columns: the missing column names, comma-separated.
partner-center-file-missing-columns = Il manque à ce fichier { $kind ->
    [daily_rated_usage] d’utilisation quotidienne évaluée
    [legacy_license_based] de licences (ancien format)
   *[new_commerce_invoice] de rapprochement de facture
} les colonnes { $columns }. Rien n’a été enregistré.
# $line: the line in the file; $column: the column's name; $value: what the cell holds; $expected: number or date.
partner-center-file-malformed = Ligne { $line }, colonne { $column } : « { $value } » n’est pas { $expected ->
    [date] une date
   *[number] un nombre
}. Rien n’a été enregistré.
partner-center-file-unknown-charge-type = Ligne { $line }, colonne { $column } : le type de frais « { $value } » est inconnu (attendu : new, renew, cycleCharge, addQuantity, removeQuantity, cancelImmediate, convert, moveQuantity, changeBillingPlan ou customerCredit). Rien n’a été enregistré.
# $line: the last line, cut short.
partner-center-file-truncated = Le fichier s’arrête au milieu de la ligne { $line } (téléchargement interrompu ?) : téléchargez-le de nouveau. Rien n’a été enregistré.
# $expected, $found: how many cells the header has and how many the line has.
partner-center-file-field-count = La ligne { $line } a { $found } cellules au lieu des { $expected } de l’en-tête : vérifiez le fichier. Rien n’a été enregistré.
partner-center-file-unreadable = Le fichier n’a pas pu être lu après la ligne { $line } : vérifiez qu’il est complet et accessible. Rien n’a été enregistré.
