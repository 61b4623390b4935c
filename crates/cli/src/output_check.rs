//! What `check` found, for people (one sentence per finding) or scripts (`--json`).

use ardoise_app::domain::words::tr;
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
            n => tr!(self.lang, CLI_CHECK_FILES_MISSING, count = n),
        };
        let summary = tr!(
            self.lang,
            CLI_CHECK_SUMMARY,
            documents = r.documents_checked,
            files = r.files_checked
        ) + &files
            + ".";
        println!("{summary}");
        for c in &r.chains {
            let head = c.head.as_deref().unwrap_or("—");
            println!(
                "{}",
                tr!(
                    self.lang,
                    CLI_CHECK_CHAIN,
                    log = c.log.as_str(),
                    rows = c.rows,
                    head = head
                )
            );
        }
        match r.findings.len() {
            0 => println!("{}", tr!(self.lang, CLI_THE_BOOK_IS_SOUND_EVERY_RULE)),
            n => println!("{}", tr!(self.lang, CLI_CHECK_PROBLEMS, count = n)),
        }
    }
}
