//! Tables for the collections work of a day and the letters produced.

use ardoise_app::domain::code_words;
use ardoise_app::domain::collections::Policy;
use ardoise_app::domain::subscription::Term;
use ardoise_app::domain::words::tr;
use ardoise_app::transport_collections::*;

use crate::output::{json, right, table, Out};

impl Out {
    /// `policy` names the steps in the reader's language: the view carries the book's.
    pub fn collections(&self, v: &CollectionsView, policy: &Policy) {
        if self.json {
            return json(v);
        }
        outln!(
            "{} {}",
            tr!(self.lang, CLI_COLLECTIONS_AS_OF),
            self.date(&v.as_of)
        );
        if v.letters.is_empty() {
            outln!("{}", tr!(self.lang, CLI_NO_LETTER_TO_PRODUCE));
        } else {
            let mut t = table(&[
                &tr!(self.lang, CLI_CUSTOMER),
                &tr!(self.lang, CLI_STEP),
                &tr!(self.lang, CLI_INVOICES),
                &tr!(self.lang, CLI_DAYS_LATE),
                &tr!(self.lang, CLI_AMOUNT_DUE),
            ]);
            for l in &v.letters {
                t.add_row(crate::terminal::row(vec![
                    l.customer_name.clone(),
                    self.step_word(policy, Some(&l.step_code), &l.step_name),
                    self.letter_invoices(l),
                    l.invoices
                        .iter()
                        .map(|i| i.days_overdue)
                        .max()
                        .unwrap_or(0)
                        .to_string(),
                    self.money(&Some(l.total.clone())),
                ]));
            }
            right(&mut t, &[3, 4]);
            outln!("{t}");
        }
        if !v.held.is_empty() {
            let mut t = table(&[
                &tr!(self.lang, CLI_HELD),
                &tr!(self.lang, CLI_INVOICE),
                &tr!(self.lang, CLI_STEP_HELD),
                &tr!(self.lang, CLI_REASON),
            ]);
            for h in &v.held {
                t.add_row(crate::terminal::row(vec![
                    h.customer_name.clone(),
                    h.number.clone(),
                    self.step_word(policy, None, &h.step_name),
                    h.note.clone(),
                ]));
            }
            outln!("{t}");
        }
        if !v.suspensions.is_empty() {
            let mut t = table(&[
                "#",
                &tr!(self.lang, CLI_TO_DO),
                &tr!(self.lang, CLI_CUSTOMER),
                "Tenant",
                &tr!(self.lang, CLI_SUBSCRIPTION),
                &tr!(self.lang, CLI_MICROSOFT_COST_TO_TERM_END),
            ]);
            for s in &v.suspensions {
                let todo = match s.state {
                    SuspensionState::ToSuspend => tr!(self.lang, CLI_SUSPEND),
                    SuspensionState::Suspended => tr!(self.lang, CLI_SUSPENDED),
                    SuspensionState::ToReactivate => tr!(self.lang, CLI_REACTIVATE),
                };
                t.add_row(crate::terminal::row(vec![
                    s.id.to_string(),
                    todo.to_string(),
                    s.customer_name.clone(),
                    s.tenant_id.clone().unwrap_or_default(),
                    format!(
                        "{} × {} ({})",
                        s.quantity,
                        s.product_name,
                        s.pc_subscription_id.clone().unwrap_or_default()
                    ),
                    self.money(&s.cost_until_term_end),
                ]));
            }
            right(&mut t, &[5]);
            outln!("{t}");
        }
        if !v.renewals.is_empty() {
            let mut t = table(&[
                &tr!(self.lang, CLI_RENEWAL),
                &tr!(self.lang, CLI_CUSTOMER),
                &tr!(self.lang, CLI_SUBSCRIPTION),
                &tr!(self.lang, CLI_CANCELLABLE_UNTIL),
                &tr!(self.lang, CLI_CUSTOMER_TOLD),
            ]);
            for r in &v.renewals {
                t.add_row(crate::terminal::row(vec![
                    self.date(&r.renewal_date),
                    r.customer_name.clone(),
                    format!(
                        "{} × {} ({})",
                        r.quantity,
                        r.product_name,
                        self.term_word(&r.term)
                    ),
                    self.date(&r.cancellable_until),
                    match &r.notice_sent_on {
                        Some(d) => self.date(d),
                        None => tr!(self.lang, CLI_TO_SEND).to_string(),
                    },
                ]));
            }
            outln!("{t}");
        }
    }

    /// A letter's overdue invoices, then those coming due it lists apart:
    /// "F2026-00012, F2026-00031 · à échoir : F2026-00045".
    fn letter_invoices(&self, l: &LetterProposalView) -> String {
        let numbers = |list: &[DueInvoiceView]| {
            list.iter()
                .map(|i| i.number.clone())
                .collect::<Vec<_>>()
                .join(", ")
        };
        if l.coming.is_empty() {
            return numbers(&l.invoices);
        }
        format!(
            "{} · {} {}",
            numbers(&l.invoices),
            tr!(self.lang, CLI_LETTER_COMING),
            numbers(&l.coming)
        )
    }

    /// A step's name in the reader's language, found by its code, else by its name in
    /// either language (a held invoice's view names it only).
    fn step_word(&self, policy: &Policy, code: Option<&str>, name: &str) -> String {
        policy
            .steps
            .iter()
            .find(|s| match code {
                Some(c) => s.code == c,
                None => s.name_fr == name || s.name_en == name,
            })
            .map(|s| s.name(self.lang).to_string())
            .unwrap_or_else(|| name.to_string())
    }

    /// A renewal's term (a code in the view) as the reader says it.
    fn term_word(&self, code: &str) -> String {
        match Term::parse(code) {
            Some(t) => code_words::term(t, self.lang),
            None => code.to_string(),
        }
    }

    pub fn letters(&self, r: &LettersResult) {
        if self.json {
            return json(r);
        }
        for l in &r.letters {
            outln!("#{} {}", l.communication_id, l.path);
        }
        let written = if r.letters.len() == 1 {
            tr!(self.lang, CLI_LETTER_WRITTEN_TO)
        } else {
            tr!(self.lang, CLI_LETTERS_WRITTEN_TO)
        };
        outln!(
            "{} {} {} {}",
            r.letters.len(),
            written,
            r.out_dir,
            tr!(self.lang, CLI_AND_LOGGED_LETTERS)
        );
        if let Some(c) = &r.combined {
            outln!("{} {c}", tr!(self.lang, CLI_ONE_FILE_TO_PRINT));
        }
        if r.suspensions > 0 {
            outln!(
                "{} {}",
                r.suspensions,
                tr!(self.lang, CLI_SUBSCRIPTIONS_TO_SUSPEND_IN_PARTNER_CENTER)
            );
        }
    }
}
