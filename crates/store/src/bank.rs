//! Bank statements imported, their lines and what became of them; the payers learnt from
//! confirmed lines; each bank's CSV column mapping.

use ardoise_domain::bank::{BankLine, BankStatement, Direction, LearntPayer};
use ardoise_domain::money::{Currency, Money};
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, OptionalExtension};

use crate::rows::{currency, date};
use crate::{unique, Db, Result, StoreError};

/// A line as the book keeps it, with the payment it became once confirmed.
#[derive(Debug, Clone)]
pub struct StoredBankLine {
    pub id: i64,
    pub statement_id: i64,
    pub line: BankLine,
    pub payment_id: Option<i64>,
}

/// A customer as bank matching reads it.
#[derive(Debug, Clone)]
pub struct BankCustomer {
    pub id: i64,
    pub name: String,
    pub currency: Currency,
    /// The account reference the customer quotes when paying (migration 011), which the
    /// partner can change.
    pub reference: Option<String>,
}

fn minor(m: &Money) -> Result<i64> {
    m.to_minor()
        .map_err(|e| StoreError::Corrupt(format!("amount {m}: {e}")))
}

/// A line's payment, unless it was reversed: a reversed payment leaves the line open,
/// to be confirmed anew (migration 016 keeps at most one payment not reversed per line).
const LIVE_PAYMENT: &str = "LEFT JOIN bank_line_payments p ON p.bank_line_id = l.id
    AND NOT EXISTS (SELECT 1 FROM payment_reversals r WHERE r.payment_id = p.payment_id)";

const LINE_COLUMNS: &str = "l.id, l.statement_id, l.position, l.booked_on, l.value_on, \
    l.amount_minor, l.currency, l.direction, l.label, l.reference, l.payer_name, l.payer_iban, \
    l.identity, p.payment_id";

fn line_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<StoredBankLine> {
    let cur = currency(r, 6)?;
    let value_on: Option<String> = r.get(4)?;
    let identity: String = r.get(12)?;
    Ok(StoredBankLine {
        id: r.get(0)?,
        statement_id: r.get(1)?,
        line: BankLine {
            position: r.get::<_, i64>(2)? as usize,
            booked_on: date(r, 3)?,
            value_on: value_on.and_then(|v| NaiveDate::parse_from_str(&v, "%Y-%m-%d").ok()),
            amount: Money::from_minor(r.get(5)?, cur),
            direction: if r.get::<_, String>(7)? == "debit" {
                Direction::Debit
            } else {
                Direction::Credit
            },
            label: r.get(8)?,
            reference: r.get(9)?,
            payer_name: r.get(10)?,
            payer_iban: r.get(11)?,
            bank_ref: identity.strip_prefix("ref:").map(str::to_string),
            identity,
        },
        payment_id: r.get(13)?,
    })
}

impl Db<'_> {
    /// Records a statement and those of its lines not imported before; returns the
    /// statement's id and, for each line added, its identity and id, in the file's order.
    /// A line the book has already is skipped by the insert itself (not `ON CONFLICT`,
    /// which the trigger against REPLACE refuses first): one statement per line, not two.
    pub fn insert_bank_statement(
        &self,
        statement: &BankStatement,
        file_name: &str,
        file_sha256: &str,
        now: DateTime<Utc>,
    ) -> Result<(i64, Vec<(String, i64)>)> {
        self.conn.execute(
            "INSERT INTO bank_statements (kind, account, file_name, file_sha256, imported_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                statement.kind.code(),
                statement.account,
                file_name,
                file_sha256,
                now.to_rfc3339()
            ],
        )?;
        let statement_id = self.conn.last_insert_rowid();
        let mut stmt = self.conn.prepare_cached(
            "INSERT INTO bank_lines (statement_id, account, identity, position, booked_on,
                value_on, amount_minor, currency, direction, label, reference, payer_name,
                payer_iban)
             SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13
             WHERE NOT EXISTS (SELECT 1 FROM bank_lines WHERE account = ?2 AND identity = ?3)",
        )?;
        let mut added = Vec::new();
        for l in &statement.lines {
            let inserted = stmt
                .execute(params![
                    statement_id,
                    statement.account,
                    l.identity,
                    l.position as i64,
                    l.booked_on.to_string(),
                    l.value_on.map(|d| d.to_string()),
                    minor(&l.amount)?,
                    l.amount.currency.code(),
                    match l.direction {
                        Direction::Credit => "credit",
                        Direction::Debit => "debit",
                    },
                    l.label,
                    l.reference,
                    l.payer_name,
                    l.payer_iban,
                ])
                .map_err(unique("bank line"))?;
            if inserted == 1 {
                added.push((l.identity.clone(), self.conn.last_insert_rowid()));
            }
        }
        Ok((statement_id, added))
    }

    /// The lines of `account` with these identities: one query for the whole file (a
    /// statement has tens of thousands of lines), each found through the
    /// `(account, identity)` index. CROSS JOIN keeps the list outside: the planner, which
    /// knows nothing of its length, would otherwise scan the list once per stored line.
    pub fn bank_lines_of(&self, account: &str, identities: &[&str]) -> Result<Vec<StoredBankLine>> {
        let list = serde_json::to_string(identities)
            .map_err(|e| StoreError::Corrupt(format!("identities: {e}")))?;
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {LINE_COLUMNS} FROM json_each(?2) j
             CROSS JOIN bank_lines l ON l.account = ?1 AND l.identity = j.value {LIVE_PAYMENT}"
        ))?;
        let rows = stmt.query_map(params![account, list], line_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn bank_line(&self, id: i64) -> Result<StoredBankLine> {
        self.conn
            .query_row(
                &format!("SELECT {LINE_COLUMNS} FROM bank_lines l {LIVE_PAYMENT} WHERE l.id = ?1"),
                [id],
                line_from_row,
            )
            .optional()?
            .ok_or(StoreError::NotFound("bank line"))
    }

    /// Credits imported and not yet confirmed, oldest first.
    pub fn bank_lines_pending(&self) -> Result<Vec<StoredBankLine>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {LINE_COLUMNS} FROM bank_lines l {LIVE_PAYMENT}
             WHERE p.payment_id IS NULL AND l.direction = 'credit'
             ORDER BY l.booked_on, l.id"
        ))?;
        let rows = stmt.query_map([], line_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn confirm_bank_line(
        &self,
        line_id: i64,
        payment_id: i64,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.conn
            .execute(
                "INSERT INTO bank_line_payments (bank_line_id, payment_id, confirmed_at)
                 VALUES (?1, ?2, ?3)",
                params![line_id, payment_id, now.to_rfc3339()],
            )
            .map_err(unique("bank line payment"))?;
        Ok(())
    }

    pub fn learnt_payers(&self) -> Result<Vec<LearntPayer>> {
        let mut stmt = self
            .conn
            .prepare("SELECT key, customer_id FROM bank_payers ORDER BY key")?;
        let rows = stmt.query_map([], |r| {
            Ok(LearntPayer {
                key: r.get(0)?,
                customer_id: r.get(1)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn learn_payer(&self, key: &str, customer_id: i64, now: DateTime<Utc>) -> Result<()> {
        self.conn.execute(
            "INSERT INTO bank_payers (key, customer_id, learnt_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (key) DO UPDATE SET customer_id = excluded.customer_id,
                learnt_at = excluded.learnt_at",
            params![key, customer_id, now.to_rfc3339()],
        )?;
        Ok(())
    }

    /// Every customer, for matching: id, name, the currency it is billed in and the
    /// reference it quotes.
    pub fn bank_customers(&self) -> Result<Vec<BankCustomer>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, legal_name, currency, reference FROM customers ORDER BY id")?;
        let rows = stmt.query_map([], |r| {
            Ok(BankCustomer {
                id: r.get(0)?,
                name: r.get(1)?,
                currency: currency(r, 2)?,
                reference: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A bank's CSV column mapping, as JSON.
    pub fn csv_mapping(&self, bank: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT mapping FROM bank_csv_mappings WHERE bank = ?1",
                [bank],
                |r| r.get(0),
            )
            .optional()?)
    }

    pub fn save_csv_mapping(&self, bank: &str, mapping: &str, now: DateTime<Utc>) -> Result<()> {
        self.conn.execute(
            "INSERT INTO bank_csv_mappings (bank, mapping, updated_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (bank) DO UPDATE SET mapping = excluded.mapping,
                updated_at = excluded.updated_at",
            params![bank, mapping, now.to_rfc3339()],
        )?;
        Ok(())
    }
}
