# The reference a customer quotes on its transfers, and why one is refused.
customer-reference-characters = Une référence ne contient que des lettres sans accent, des chiffres, des espaces et / - ? : ( ) . , ' + : ce que transmet un virement SEPA.
customer-reference-taken = La référence « { $reference } » est déjà celle de { $customer }.
customer-reference-reserved = « { $reference } » est la forme des numéros qu’Ardoise donne aux clients, et celui-ci est à un autre : laissez le champ vide pour garder la référence de ce client, ou choisissez-en une autre.
