//! Renewal notices: telling a customer ahead of time that annual and triennial
//! subscriptions renew, and that under Microsoft's new-commerce rules they can be
//! cancelled or reduced only in the 7 days after renewal.
//!
//! Which subscriptions are due a notice, and when, is [`due_for_notice`]; the text is
//! [`renewal_notice`], in the letter's language. It is fixed wording, not a policy step:
//! it speaks of Microsoft's rule, which staff do not set.

use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};

use super::letters::{LetterBlock, LetterText};
use crate::display;
use crate::subscription::Term;
use crate::words::tr;
use crate::Lang;

/// How long after a renewal a new-commerce subscription can still be cancelled.
pub const CANCELLATION_WINDOW_DAYS: i64 = 7;

/// How far ahead of a renewal the notice goes out.
pub const NOTICE_AHEAD_DAYS: i64 = 30;

/// The last day a subscription renewing on `renewal` can be cancelled.
pub fn cancellable_until(renewal: NaiveDate) -> NaiveDate {
    renewal + Duration::days(CANCELLATION_WINDOW_DAYS)
}

/// Whether a subscription renewing on `renewal` is due its notice on `as_of`: a term
/// longer than a month, renewing within [`NOTICE_AHEAD_DAYS`] and not yet past.
pub fn due_for_notice(term: Term, renewal: NaiveDate, as_of: NaiveDate) -> bool {
    term != Term::Monthly
        && renewal >= as_of
        && renewal <= as_of + Duration::days(NOTICE_AHEAD_DAYS)
}

/// One subscription as the notice lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RenewalItem {
    pub product: String,
    pub quantity: u32,
    pub term: Term,
    pub renewal_date: NaiveDate,
    /// Without automatic renewal the subscription ends on that date instead.
    pub auto_renew: bool,
}

/// What a renewal notice says, for one customer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RenewalContext {
    pub customer_name: String,
    pub partner_name: String,
    pub account_reference: String,
    pub date: NaiveDate,
    /// In renewal-date order; never empty.
    pub items: Vec<RenewalItem>,
}

/// One line of the list: what, how many, and what happens on which date.
fn item_line(item: &RenewalItem, lang: Lang) -> String {
    let on = display::date(item.renewal_date, lang);
    let until = display::date(cancellable_until(item.renewal_date), lang);
    let what = format!("{} × {}", item.quantity, item.product);
    let term = item.term.code();
    if item.auto_renew {
        tr!(
            lang,
            RENEWAL_ITEM_RENEWS,
            what = what,
            term = term,
            on = on,
            until = until
        )
    } else {
        tr!(lang, RENEWAL_ITEM_ENDS, what = what, term = term, on = on)
    }
}

/// The notice in `lang`: subject and paragraphs, ready for the letter layout.
pub fn renewal_notice(ctx: &RenewalContext, lang: Lang) -> LetterText {
    let list = ctx
        .items
        .iter()
        .map(|i| item_line(i, lang))
        .collect::<Vec<_>>()
        .join("\n");
    let days = CANCELLATION_WINDOW_DAYS;
    let renewing = ctx.items.iter().any(|i| i.auto_renew);
    let ending = ctx.items.iter().any(|i| !i.auto_renew);
    let customer = ctx.customer_name.as_str();
    let mut paragraphs = vec![
        tr!(lang, RENEWAL_GREETING),
        tr!(lang, RENEWAL_INTRO, customer = customer),
        list,
    ];
    if renewing {
        paragraphs.push(tr!(lang, RENEWAL_WINDOW, days = days.to_string()));
        paragraphs.push(tr!(lang, RENEWAL_INSTRUCTIONS));
    }
    if ending {
        paragraphs.push(tr!(lang, RENEWAL_ENDING));
    }
    paragraphs.push(tr!(lang, RENEWAL_OFFER));
    paragraphs.push(tr!(lang, RENEWAL_SIGN_OFF));
    let subject = tr!(
        lang,
        RENEWAL_SUBJECT,
        account = ctx.account_reference.as_str()
    );
    LetterText {
        subject,
        blocks: paragraphs.into_iter().map(LetterBlock::Paragraph).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn sample() -> RenewalContext {
        RenewalContext {
            customer_name: "Garage Rousseau SAS".into(),
            partner_name: "Nuage & Compagnie".into(),
            account_reference: "C-00042".into(),
            date: d("2026-11-25"),
            items: vec![
                RenewalItem {
                    product: "Microsoft 365 Business Premium".into(),
                    quantity: 12,
                    term: Term::Annual,
                    renewal_date: d("2026-12-15"),
                    auto_renew: true,
                },
                RenewalItem {
                    product: "Microsoft Defender for Business".into(),
                    quantity: 5,
                    term: Term::Triennial,
                    renewal_date: d("2026-12-20"),
                    auto_renew: false,
                },
            ],
        }
    }

    fn text(t: &LetterText) -> String {
        let mut out = format!("{}\n", t.subject);
        for b in &t.blocks {
            if let LetterBlock::Paragraph(p) = b {
                out.push('\n');
                out.push_str(p);
                out.push('\n');
            }
        }
        out
    }

    #[test]
    fn a_notice_is_due_thirty_days_ahead_for_annual_and_triennial_terms_only() {
        let today = d("2026-11-25");
        assert!(due_for_notice(Term::Annual, d("2026-12-25"), today));
        assert!(due_for_notice(Term::Triennial, today, today));
        assert!(!due_for_notice(Term::Annual, d("2026-12-26"), today));
        assert!(!due_for_notice(Term::Annual, d("2026-11-24"), today));
        assert!(!due_for_notice(Term::Monthly, d("2026-12-01"), today));
        assert_eq!(cancellable_until(d("2026-12-28")), d("2027-01-04"));
    }

    #[test]
    fn the_notice_states_the_seven_day_rule_in_french_and_english() {
        let ctx = sample();
        insta::assert_snapshot!("renewal_fr", text(&renewal_notice(&ctx, Lang::Fr)));
        insta::assert_snapshot!("renewal_en", text(&renewal_notice(&ctx, Lang::En)));
    }

    #[test]
    fn only_what_applies_is_said() {
        let mut ctx = sample();
        ctx.items.retain(|i| i.auto_renew);
        let fr = text(&renewal_notice(&ctx, Lang::Fr));
        assert!(fr.contains("dans les 7 jours qui suivent son renouvellement"));
        assert!(!fr.contains("sans renouvellement automatique"), "{fr}");
        let mut ctx = sample();
        ctx.items.retain(|i| !i.auto_renew);
        let en = text(&renewal_notice(&ctx, Lang::En));
        assert!(en.contains("not set to renew"));
        assert!(!en.contains("within 7 days"), "{en}");
    }
}
