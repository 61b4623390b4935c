## Sending issued invoices: the print file's name, the CLI's report

# The print file of several invoices (no accents: every file system takes the name).
file-invoices = Invoices
send-written = { $count ->
    [0] No invoice written
    [one] { $count } invoice written
   *[other] { $count } invoices written
  } to { $dir }
send-kept = { $count ->
    [one] { $count } invoice already in this folder, left as it is
   *[other] { $count } invoices already in this folder, left as they are
  }
send-print-file = { $pages ->
    [one] File to print: { $path } ({ $pages } page)
   *[other] File to print: { $path } ({ $pages } pages)
  }
send-cancelled = Stopped: what was written is kept and logged.
send-none-issued = No invoice issued for { $period }.
