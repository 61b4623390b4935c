## Sending issued invoices: the print file's name, the CLI's report

# The print file of several invoices (no accents: every file system takes the name).
file-invoices = Factures
send-written = { $count ->
    [0] Aucune facture écrite
    [one] { $count } facture écrite
   *[other] { $count } factures écrites
  } dans { $dir }
send-kept = { $count ->
    [one] { $count } facture déjà dans ce dossier, laissée telle quelle
   *[other] { $count } factures déjà dans ce dossier, laissées telles quelles
  }
send-print-file = { $pages ->
    [one] Fichier à imprimer : { $path } ({ $pages } page)
   *[other] Fichier à imprimer : { $path } ({ $pages } pages)
  }
send-cancelled = Arrêté : ce qui a été écrit est gardé et consigné.
send-none-issued = Aucune facture émise pour { $period }.
