//! The bank import as a table: one row per line of the statement, what it is proposed
//! to pay and why; then the payments made.

use ardoise_app::domain::words::tr;
use ardoise_app::transport_bank::{BankImportView, BankLineStatus};
use ardoise_app::transport_invoicing::PaymentView;

use crate::output::{json, right, table, Out};

impl Out {
    pub fn bank_import(&self, v: &BankImportView, made: &[PaymentView], confirmed: bool) {
        if self.json {
            return json(&serde_json::json!({ "import": v, "payments": made }));
        }
        let l = self.lang;
        if v.dry_run {
            outln!("{}", tr!(l, CLI_BANK_DRY_RUN));
        } else if v.added == 0 {
            outln!("{}", tr!(l, BANK_ALREADY_IMPORTED));
        } else {
            outln!(
                "{}",
                tr!(
                    l,
                    CLI_BANK_ADDED,
                    count = v.added,
                    already = v.already_imported
                )
            );
        }
        let mut t = table(&[
            "#",
            &tr!(l, CLI_BANK_DATE),
            &tr!(l, CLI_BANK_PAYER),
            &tr!(l, CLI_BANK_AMOUNT),
            &tr!(l, CLI_BANK_CUSTOMER),
            &tr!(l, CLI_BANK_INVOICES),
            &tr!(l, CLI_BANK_WHY),
        ]);
        for line in &v.lines {
            let mut invoices: Vec<String> = line
                .allocations
                .iter()
                .map(|a| format!("{} {}", a.number, self.money(&Some(a.amount.clone()))))
                .collect();
            let on_account = line
                .on_account
                .amount
                .parse::<rust_decimal::Decimal>()
                .is_ok_and(|a| !a.is_zero());
            if on_account && line.status != BankLineStatus::Confirmed {
                invoices.push(tr!(
                    l,
                    CLI_BANK_ON_ACCOUNT,
                    amount = self.money(&Some(line.on_account.clone()))
                ));
            }
            let amount = self.money(&Some(line.amount.clone()));
            t.add_row(crate::terminal::row(vec![
                line.position.to_string(),
                self.date(&line.booked_on),
                line.payer.clone(),
                if line.credit {
                    amount
                } else {
                    format!("−{amount}")
                },
                line.customer_name.clone().unwrap_or_else(|| "—".into()),
                invoices.join("\n"),
                line.reason.clone(),
            ]));
        }
        right(&mut t, &[0, 3]);
        outln!("{t}");
        if confirmed {
            outln!("{}", tr!(l, CLI_BANK_PAYMENTS_MADE, count = made.len()));
        } else if !v.dry_run && v.lines.iter().any(|x| x.status == BankLineStatus::Proposed) {
            outln!("{}", tr!(l, CLI_BANK_CONFIRM_HINT));
        }
    }
}
