//! The staff accounts as a table, and what a `staff` command did.

use ardoise_app::domain::words::tr;
use ardoise_app::transport_staff::StaffView;

use crate::output::{json, table, Out};
use crate::terminal::row;

impl Out {
    pub fn staff(&self, accounts: &[StaffView]) {
        if self.json {
            return json(&accounts);
        }
        let l = self.lang;
        let mut t = table(&[
            &tr!(l, STAFF_CLI_COL_USERNAME),
            &tr!(l, STAFF_CLI_COL_NAME),
            &tr!(l, STAFF_CLI_COL_TITLE),
            &tr!(l, STAFF_CLI_COL_ROLES),
            &tr!(l, STAFF_CLI_COL_STATE),
        ]);
        for a in accounts {
            let roles: Vec<String> = a.roles.iter().map(|r| r.label(l)).collect();
            let active = if a.active { "yes" } else { "no" };
            t.add_row(row(vec![
                a.username.clone(),
                a.display_name.clone(),
                a.title.clone(),
                roles.join(", "),
                tr!(l, STAFF_CLI_STATE, active = active),
            ]));
        }
        outln!("{t}");
    }

    /// One line saying what was done; `{"username": …}` for scripts.
    pub fn staff_done(&self, username: &str, line: String) {
        if self.json {
            return json(&serde_json::json!({ "username": username }));
        }
        outln!("{line}");
    }
}
