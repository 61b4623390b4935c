//! What `check` found, for people (one sentence per finding) or scripts (`--json`).

use ardoise_app::transport::CheckReport;

use crate::output::{json, Out};

impl Out {
    pub fn check(&self, r: &CheckReport) {
        if self.json {
            return json(r);
        }
        for f in &r.findings {
            println!("✗ [{}] {}", f.code, f.message(self.lang));
        }
        let files = match r.files_missing {
            0 => String::new(),
            n => self.lang.pick(
                format!(
                    " ; {n} fichiers enregistrés ne sont plus à leur place (déplacés ou supprimés)"
                ),
                format!(
                    "; {n} logged files are no longer where they were written (moved or deleted)"
                ),
            ),
        };
        let summary = self.lang.pick(
            format!(
                "Documents émis vérifiés : {} ; fichiers vérifiés : {}",
                r.documents_checked, r.files_checked
            ),
            format!(
                "Issued documents checked: {}; files checked: {}",
                r.documents_checked, r.files_checked
            ),
        ) + &files
            + ".";
        println!("{summary}");
        for c in &r.chains {
            let head = c.head.as_deref().unwrap_or("—");
            println!(
                "{}",
                self.lang.pick(
                    format!(
                        "Chaîne {} : {} entrées, dernière empreinte {head}",
                        c.log, c.rows
                    ),
                    format!("Chain {}: {} entries, head {head}", c.log, c.rows),
                )
            );
        }
        match r.findings.len() {
            0 => println!(
                "{}",
                self.t(
                    "Le dossier est sain : chaque règle est respectée.",
                    "The book is sound: every rule holds."
                )
            ),
            n => println!(
                "{}",
                self.lang.pick(
                    format!("{n} problème(s) trouvé(s) : restaurez une sauvegarde ou faites vérifier le dossier avant de continuer."),
                    format!("{n} problem(s) found: restore a backup or have the book looked at before going on."),
                )
            ),
        }
    }
}
