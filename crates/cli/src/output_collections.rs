//! Tables for the collections work of a day and the letters produced.

use ardoise_app::transport_collections::*;

use crate::output::{json, right, table, Out};

impl Out {
    pub fn collections(&self, v: &CollectionsView) {
        if self.json {
            return json(v);
        }
        outln!(
            "{} {}",
            self.t("Recouvrement au", "Collections as of"),
            self.date(&v.as_of)
        );
        if v.letters.is_empty() {
            outln!(
                "{}",
                self.t("Aucune lettre à produire.", "No letter to produce.")
            );
        } else {
            let mut t = table(&[
                self.t("Client", "Customer"),
                self.t("Étape", "Step"),
                self.t("Factures", "Invoices"),
                self.t("Retard (j)", "Days late"),
                self.t("Montant dû", "Amount due"),
            ]);
            for l in &v.letters {
                t.add_row(crate::terminal::row(vec![
                    l.customer_name.clone(),
                    l.step_name.clone(),
                    l.invoices
                        .iter()
                        .map(|i| i.number.clone())
                        .collect::<Vec<_>>()
                        .join(", "),
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
                self.t("En attente", "Held"),
                self.t("Facture", "Invoice"),
                self.t("Étape suspendue", "Step held"),
                self.t("Motif", "Reason"),
            ]);
            for h in &v.held {
                t.add_row(crate::terminal::row(vec![
                    h.customer_name.clone(),
                    h.number.clone(),
                    h.step_name.clone(),
                    h.note.clone(),
                ]));
            }
            outln!("{t}");
        }
        if !v.suspensions.is_empty() {
            let mut t = table(&[
                "#",
                self.t("À faire", "To do"),
                self.t("Client", "Customer"),
                "Tenant",
                self.t("Abonnement", "Subscription"),
                self.t(
                    "Coût Microsoft jusqu'au terme",
                    "Microsoft cost to term end",
                ),
            ]);
            for s in &v.suspensions {
                let todo = match s.state {
                    SuspensionState::ToSuspend => self.t("Suspendre", "Suspend"),
                    SuspensionState::Suspended => self.t("Suspendu", "Suspended"),
                    SuspensionState::ToReactivate => self.t("Réactiver", "Reactivate"),
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
                self.t("Renouvellement", "Renewal"),
                self.t("Client", "Customer"),
                self.t("Abonnement", "Subscription"),
                self.t("Annulable jusqu'au", "Cancellable until"),
                self.t("Avis au client", "Customer told"),
            ]);
            for r in &v.renewals {
                t.add_row(crate::terminal::row(vec![
                    self.date(&r.renewal_date),
                    r.customer_name.clone(),
                    format!("{} × {} ({})", r.quantity, r.product_name, r.term),
                    self.date(&r.cancellable_until),
                    match &r.notice_sent_on {
                        Some(d) => self.date(d),
                        None => self.t("à envoyer", "to send").to_string(),
                    },
                ]));
            }
            outln!("{t}");
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
            self.t("lettre écrite dans", "letter written to")
        } else {
            self.t("lettres écrites dans", "letters written to")
        };
        outln!(
            "{} {} {} {}",
            r.letters.len(),
            written,
            r.out_dir,
            self.t("et notées au journal des envois.", "and logged.")
        );
        if let Some(c) = &r.combined {
            outln!(
                "{} {c}",
                self.t("Fichier unique à imprimer :", "One file to print:")
            );
        }
        if r.suspensions > 0 {
            outln!(
                "{} {}",
                r.suspensions,
                self.t(
                    "abonnements à suspendre dans l'Espace partenaires.",
                    "subscriptions to suspend in Partner Center."
                )
            );
        }
    }
}
