# Backups and restores that did not happen, and what to do about it.

backup-untouched = The open book was left as it is
backup-exists = A backup named { $path } already exists and was left as it is. Try again in a minute.
backup-io = The file { $path } could not be read or written ({ $detail }): check the path and choose a folder you can write to. { backup-untouched }.
backup-not-sqlite = { $path } is not an Ardoise backup (it is not a database file). { backup-untouched }: choose an ardoise-….db file.
# $finding: the first line the integrity check reported.
backup-corrupt = { $path } is damaged (integrity check: { $finding }). { backup-untouched }: choose another backup.
backup-too-new = { $path } was written by a newer version of Ardoise (schema { $found }, this version knows { $supported }). { backup-untouched }: update Ardoise to restore this backup.
backup-not-a-book = { $path } is not an Ardoise book (it lacks a book's tables). { backup-untouched }: choose a backup Ardoise made.
backup-busy = Another window or script is writing to this book right now; no backup was made. Try again in a moment.
backup-sql = Copying { $path } failed ({ $detail }). { backup-untouched }.
backup-in-use = Another window or script has this book open: close it, then restore again. { backup-untouched }.
backup-same-file = This file is the open book itself: choose a backup.
backup-in-memory = This book only lives in memory: it has no file to back up or replace.
