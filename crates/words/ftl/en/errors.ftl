# Why a use case failed (ardoise_app::AppError), said so that the reader can act on it.

error-invalid-one = Please correct this field: { $problem }
error-invalid-many = { $count } fields need correcting.
# $permission: the permission's code (invoice.issue).
error-forbidden = Your role does not allow this ({ $permission }). Ask an administrator.
# $what: the code of the thing looked for, spaces written _ (staff_member).
error-not-found = { $what ->
        [staff_member] This staff member
        [writer_thread] This writer thread
       *[other] This { $what }
    } does not exist any more: reload the list.
error-duplicate = This value is already used by another record.
error-book-too-new = This file was written by a newer version of Ardoise (schema { $found }, this version knows { $supported }). It was left untouched: update Ardoise to open it.
error-no-book = No book is open: create one, with or without demo data.
error-book-not-empty = This book already holds customers: demo data only goes into an empty book.
error-issued = This invoice is issued: it can no longer be changed or deleted. To correct it, issue a credit note.
error-not-issued = Only an issued invoice can be credited or paid.
error-empty-invoice = An empty invoice cannot be issued: add a line or delete the draft.
error-partner-missing = Fill in your company profile first (Settings): its legal details are printed on every invoice.
error-refused = The book refused this change ({ $detail }).
error-out-of-sequence = Numbering is chronological: a document of the series is already dated { $last }.
error-document = The document could not be produced ({ $detail }). Check the logo in Settings.
error-file = The file { $path } could not be written ({ $detail }): choose a folder you can write to.
error-already-sent = This sending is already recorded (on { $on }): a sending is recorded once.
error-cancelled = Cancelled: nothing was saved.
error-busy = Another window or script is writing to this book right now; nothing was saved. Try again in a moment.
error-file-exists = The file { $path } already exists and was left as it is: choose another name or move it first.
# $cause: one of the error-read-only-cause-* sentences.
error-cannot-upgrade = This book was written by an older version of Ardoise and must be upgraded, which cannot be done here: { $cause } It was left untouched.
error-not-a-book = The file { $path } is not an Ardoise book, or is damaged past reading ({ $detail }). It was left untouched: open another file or restore a backup.
error-damaged = The book file is damaged ({ $detail }); nothing was saved. Run the book check and restore a backup.
error-no-such-book = There is no book at { $path }: check the path given to --db. To create an empty book there: ardoise --db { $path } init (or demo for a demo book).
error-path-refused = Ardoise only opens and writes its own documents, in its documents folder or in a folder chosen in the system's dialog: { $path } was refused.
error-file-missing = The file { $path } is no longer there: it was moved or deleted. Produce the document again.
error-file-changed = The file { $path } is no longer the one Ardoise wrote (its content changed): it was not opened. Produce the document again.
error-store = The data file could not be read or written; nothing was saved. Detail: { $detail }

## Why a book cannot be written, and what the window and the CLI say of it.

error-read-only-cause-file = the file { $path } cannot be changed ({ $detail }); check its permissions or copy it to a folder you can write to.
error-read-only-cause-folder = the folder { $path } cannot be written ({ $detail }), and the book's journal must be created there; check its permissions or copy the book elsewhere.
error-read-only-cause-corrupt = the file { $path } is damaged ({ $detail }) and writing to it could spread the damage; restore a backup.
# A write that was just refused.
error-read-only-refused = This book is open for reading only; nothing was saved: { $cause }
# Said of the book as it opens.
error-read-only = You can look through this book but not change it: { $cause }
