//! Every bank's remembered CSV mapping, for the window's mapping step.

use crate::{Db, Result};

impl Db<'_> {
    /// Each bank's name with its mapping as JSON, by name.
    pub fn csv_mappings(&self) -> Result<Vec<(String, String)>> {
        let mut stmt = self
            .conn
            .prepare("SELECT bank, mapping FROM bank_csv_mappings ORDER BY bank")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
