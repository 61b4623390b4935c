# Rapprochement du mois avec l’Espace partenaires Microsoft, et la marge.

# $month: the month's number (1–12); $year: its year.
reconcile-month = { $month ->
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
} { $year }
# $month: the month in words.
reconcile-title = Rapprochement Microsoft de { $month }
# $lines, $billed, $to_bill, $leaking: numbers of Microsoft lines.
reconcile-summary = Lignes Microsoft du mois : { $lines } ; facturées : { $billed } ; en brouillon, à émettre : { $to_bill } ; non refacturées : { $leaking }.
reconcile-no-lines = Aucune ligne Microsoft pour { $month } : importez le fichier de rapprochement du mois depuis l’Espace partenaires.
# $cost: amounts per currency.
reconcile-cost = Coût Microsoft du mois : { $cost }.
# $total: the files' Subtotal totals per currency.
reconcile-files-match = Total des sous-totaux des fichiers du mois : { $total }, égal au coût du mois.
reconcile-files-differ = Total des sous-totaux des fichiers du mois : { $total }, différent du coût du mois ({ $cost }) : d’autres fichiers ont des lignes de ce mois.
# $lines: how many lines.
reconcile-cost-disagree = { $lines ->
    [one] Une ligne a
   *[other] { $lines } lignes ont
} un sous-total différent du prix effectif multiplié par la quantité : le rapport retient le sous-total, ce que Microsoft facture.
reconcile-leaks-heading = Facturé par Microsoft, non refacturé au client (fuite de revenu) :
reconcile-leaks-none = Aucune fuite : chaque ligne Microsoft du mois est refacturée.
# $total: amounts per currency.
reconcile-leaks-total = Coût non refacturé : { $total }.
reconcile-uncharged-heading = Facturé au client, mais plus facturé par Microsoft ce mois :
reconcile-uncharged-none = Aucune ligne facturée au client sans frais Microsoft ce mois.
reconcile-seats-heading = Nombre de licences différent :
reconcile-seats-none = Aucun écart de licences.
reconcile-reason-not-in-book = abonnement absent du livre
reconcile-reason-not-billed = aucune facture
reconcile-draft = brouillon
reconcile-usage = à l’usage

reconcile-col-customer = Client
reconcile-col-product = Produit
reconcile-col-seats = Licences
reconcile-col-cost = Coût Microsoft
reconcile-col-lines = Lignes
reconcile-col-why = Motif
reconcile-col-invoice = Facture
reconcile-col-quantity = Quantité
reconcile-col-net = Montant HT
reconcile-col-seats-microsoft = Licences (Microsoft)
reconcile-col-seats-invoiced = Licences (facturées)
reconcile-col-kind = Type
reconcile-col-name = Nom
reconcile-col-currency = Devise
reconcile-col-resale = Revente
reconcile-col-draft = dont brouillons
reconcile-col-margin = Marge
reconcile-col-rate = Taux de marge

reconcile-margin-title = Marge de { $month }
reconcile-margin-customers = Marge par client :
reconcile-margin-products = Marge par produit :
reconcile-margin-total = Total
reconcile-margin-none = Ni coût Microsoft ni revente pour { $month }.
reconcile-margin-note = La revente compte les factures du mois, brouillons compris, moins les avoirs émis sur elles ; le coût, les lignes Microsoft du mois.
reconcile-margin-untied = Avoirs sans produit
reconcile-kind-customer = Client
reconcile-kind-product = Produit
reconcile-kind-total = Total
# The CSV file's name, before the month.
reconcile-file-margin = marge-microsoft
