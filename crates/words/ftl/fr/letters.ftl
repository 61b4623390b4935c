# Words around a letter's own text and on the collection-policy sheet (crates/documents).
letter-month = { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
}
# « 1er décembre 2026 », « 25 novembre 2026 »; $month is the month's name above.
letter-long-date = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
letter-dated = Le { $date }
letter-dated-at = { $place }, le { $date }
letter-subject = Objet :
letter-account = Compte client : { $reference }
letter-of = Lettre du { $date }
letter-many = Lettres aux clients ({ $count })
policy-col-when = Quand
policy-col-what = Ce que nous faisons
policy-col-effect = Effet sur votre accès
