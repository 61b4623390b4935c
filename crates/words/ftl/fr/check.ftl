# The book check: what it found wrong, said in both languages (a report keeps both).

check-integrity = Le fichier du dossier est endommagé ({ $line }) : restaurez une sauvegarde.
# $row: " #12", or nothing when SQLite gives no row id.
check-foreign-key = La ligne{ $row } de la table { $table } renvoie à une ligne de la table { $parent } qui n'existe plus.

## Number series

# $kind: the document kind's code (invoice, credit_note).
check-series = { $kind ->
        [credit_note] des avoirs { $year }
       *[other] des factures { $year }
    }
check-unnumbered = Le document #{ $id } est émis sans place dans une série de numéros.
check-wrong-place = Le document { $subject } occupe la place de { $expected } dans la série { $series }.
check-wrong-year = { $subject } n'est pas daté de l'année de sa série ({ $year }).
check-out-of-order = { $subject } est daté du { $date }, avant le document qui le précède dans la série ({ $previous }).
check-duplicate-number = Le numéro { $subject } est donné deux fois dans la série { $series }.
check-gap-one = Dans la série { $series }, le numéro { $from } manque : la numérotation doit être continue.
check-gap-many = Dans la série { $series }, les numéros { $from } à { $to } manquent : la numérotation doit être continue.
check-counter-ahead = Le compteur de la série { $series } est à { $counter } mais son dernier document porte le numéro { $max } : des numéros ont été pris sans document.
check-counter-behind = Le compteur de la série { $series } est à { $counter }, en deçà de son dernier document ({ $max }) : le prochain numéro serait donné deux fois.

## Totals and allocations

check-unknown-currency = { $number } est dans une monnaie qu'Ardoise ne connaît pas.
check-gross-not-sum = Le total TTC de { $number } ({ $gross }) n'est pas la somme de son HT et de sa TVA.
check-unreadable-line = Une ligne de { $number } contient une valeur illisible (quantité, prix ou taux).
check-line-net = La ligne { $line } de { $number } indique { $stored } HT, mais quantité × prix donne { $computed }.
check-document-totals = { $number } indique { $stored } TTC, mais ses lignes donnent { $computed } (HT et TVA par taux).
check-invoice-over-allocated = { $subject } a reçu { $allocated } de paiements alors qu'il ne doit que { $limit } (son montant moins ses avoirs).
check-payment-over-allocated = Le paiement { $subject } répartit { $allocated } sur des factures alors qu'il n'est que de { $limit }.
check-period-billed-twice = { $customer } a { $count } factures en { $currency } pour la période commençant le { $start } ({ $list }) : une seule est permise.

## The settlement index

check-settled-on = réglée le { $date }
check-not-settled = non réglée
check-settlement-missing = { $number } manque dans l'index des règlements : la balance âgée l'ignorerait.
check-settlement-stray = L'index des règlements a une ligne pour { $number }, qui n'est pas une facture émise.
# $indexed, $computed: check-settled-on or check-not-settled.
check-settlement-differs = L'index des règlements dit { $number } { $indexed }, ses paiements et avoirs la disent { $computed }.

## Chained logs and files written

check-log-audit = du journal d'audit
check-log-communications = du journal des communications
check-log-files = du registre des fichiers écrits
# $log: one of the check-log-* words.
check-chain-unchained = L'entrée #{ $id } { $log } n'est pas chaînée : elle a été écrite hors d'Ardoise.
check-chain-gap = La chaîne { $log } est rompue avant l'entrée #{ $id } : des entrées ont été supprimées ou insérées.
check-chain-altered = L'entrée #{ $id } { $log } a été modifiée après avoir été écrite.
check-file-changed = Le fichier { $path } a été modifié depuis qu'Ardoise l'a écrit : ce n'est plus le document enregistré.
check-file-unreadable = Le fichier { $path } n'a pas pu être lu pour être vérifié ({ $detail }).
