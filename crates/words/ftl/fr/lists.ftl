# The lists: a customer named on a command line that several customers answer to, and a
# new customer like one already in the dossier.

# $key: the name as typed. The candidates follow, one a line (number and name).
lists-ambiguous-customer = Plusieurs clients répondent à « { $key } » : rien n’a été fait. Nommez celui voulu par son numéro ou son identifiant :
# $count: how many customers already in the dossier look like the new one; they follow, one a line.
lists-like-existing = { $count ->
        [one] Un client semblable est déjà dans le dossier (même nom, forme juridique et accents mis à part, ou même numéro de TVA) : rien n’a été créé. Vérifiez-le, ou ajoutez --allow-duplicate pour créer celui-ci quand même :
       *[other] { $count } clients semblables sont déjà dans le dossier (même nom, forme juridique et accents mis à part, ou même numéro de TVA) : rien n’a été créé. Vérifiez-les, ou ajoutez --allow-duplicate pour créer celui-ci quand même :
    }
