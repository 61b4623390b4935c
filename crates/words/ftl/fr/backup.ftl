# Backups and restores that did not happen, and what to do about it.

backup-untouched = Le dossier ouvert n'a pas été modifié
backup-exists = Une sauvegarde nommée { $path } existe déjà ; elle n'a pas été remplacée. Réessayez dans une minute.
backup-io = Le fichier { $path } n'a pas pu être lu ou écrit ({ $detail }) : vérifiez le chemin et choisissez un dossier où vous pouvez écrire. { backup-untouched }.
backup-not-sqlite = { $path } n'est pas une sauvegarde d'Ardoise (ce n'est pas un fichier de base de données). { backup-untouched } : choisissez un fichier ardoise-….db.
# $finding: the first line the integrity check reported.
backup-corrupt = { $path } est endommagé (contrôle d'intégrité : { $finding }). { backup-untouched } : choisissez une autre sauvegarde.
backup-too-new = { $path } a été écrit par une version plus récente d'Ardoise (schéma { $found }, cette version connaît { $supported }). { backup-untouched } : mettez Ardoise à jour pour restaurer cette sauvegarde.
backup-not-a-book = { $path } n'est pas un dossier Ardoise (il lui manque les tables d'un dossier). { backup-untouched } : choisissez une sauvegarde faite par Ardoise.
backup-busy = Une autre fenêtre ou un script écrit en ce moment dans ce dossier ; la sauvegarde n'a pas été faite. Réessayez dans un instant.
backup-sql = La copie de { $path } a échoué ({ $detail }). { backup-untouched }.
backup-in-use = Une autre fenêtre ou un script a ce dossier ouvert : fermez-le, puis restaurez à nouveau. { backup-untouched }.
backup-same-file = Ce fichier est le dossier ouvert lui-même : choisissez une sauvegarde.
backup-in-memory = Ce dossier n'existe qu'en mémoire : il n'a pas de fichier à sauvegarder ni à remplacer.
