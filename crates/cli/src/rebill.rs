//! `ardoise rebill`: the partner's markup on Microsoft's cost (the default, a product's,
//! a product's for one customer) and how licences Microsoft prorated are billed.

use ardoise_app::domain::invoicing::ProratedLicences;
use ardoise_app::domain::words::tr;
use ardoise_app::transport_rebill::{MarkupForm, RebillSettingsForm, RebillSettingsView};
use ardoise_app::{Ardoise, Session};
use clap::{Subcommand, ValueEnum};

use crate::failure::{found, Result};
use crate::output::{json, right, table, Out};

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ProratedArg {
    /// By Ardoise's own proration of the seats added (the default).
    Ardoise,
    /// As Microsoft prorated them, at the resale price, stated on the line.
    Microsoft,
}

#[derive(Debug, Subcommand)]
pub enum RebillCmd {
    /// The re-billing settings: the default markup, the markups per product or
    /// customer, and how licences Microsoft prorated are billed (set with --prorated).
    Settings {
        #[arg(long, value_enum)]
        prorated: Option<ProratedArg>,
    },
    /// Set a markup on Microsoft's cost, in percent (12.5 for 12.5 %, 0 to 1000): the
    /// default, a product's (--product) or a product's for one customer (--customer).
    /// With --remove, the product's markup is removed and the next more general applies.
    Markup {
        #[arg(required_unless_present = "remove")]
        rate: Option<String>,
        /// The product: its id in the book, Microsoft's ProductId or SkuId, or its name.
        #[arg(long, required_if_eq("remove", "true"))]
        product: Option<String>,
        /// The customer: id, tenant id or exact name.
        #[arg(long, requires = "product")]
        customer: Option<String>,
        #[arg(long, conflicts_with = "rate")]
        remove: bool,
    },
}

pub fn run(book: &Ardoise, s: &Session, out: &Out, cmd: &RebillCmd) -> Result<()> {
    let lang = out.lang;
    let view = match cmd {
        RebillCmd::Settings { prorated: None } => book.rebill_settings(s, lang)?,
        RebillCmd::Settings {
            prorated: Some(mode),
        } => {
            let now = book.rebill_settings(s, lang)?;
            let mode = match mode {
                ProratedArg::Ardoise => ProratedLicences::Ardoise,
                ProratedArg::Microsoft => ProratedLicences::Microsoft,
            };
            let form = RebillSettingsForm {
                default_markup: now.default_markup,
                prorated_licences: mode.code().to_string(),
            };
            book.save_rebill_settings(s, &form, lang)?
        }
        RebillCmd::Markup {
            rate,
            product: None,
            ..
        } => {
            let now = book.rebill_settings(s, lang)?;
            let form = RebillSettingsForm {
                default_markup: rate.clone().unwrap_or_default(),
                prorated_licences: now.prorated_licences,
            };
            book.save_rebill_settings(s, &form, lang)?
        }
        RebillCmd::Markup {
            product: Some(product),
            customer,
            remove: true,
            ..
        } => {
            let product_id = found(book.find_product(s, product), product)?;
            let customer_id = match customer {
                Some(c) => Some(found(book.find_customer(s, c), c)?),
                None => None,
            };
            book.remove_rebill_markup(s, product_id, customer_id, lang)?
        }
        RebillCmd::Markup {
            rate,
            product: Some(product),
            customer,
            remove: false,
        } => {
            let form = MarkupForm {
                product: product.clone(),
                customer: customer.clone().unwrap_or_default(),
                rate: rate.clone().unwrap_or_default(),
            };
            book.set_rebill_markup(s, &form, lang)?
        }
    };
    show(out, &view);
    Ok(())
}

fn show(out: &Out, v: &RebillSettingsView) {
    if out.json {
        return json(v);
    }
    let lang = out.lang;
    outln!(
        "{}",
        tr!(
            lang,
            REBILL_CLI_DEFAULT,
            rate = v.default_markup_text.as_str()
        )
    );
    let choice = v
        .prorated_choices
        .iter()
        .find(|(code, _)| *code == v.prorated_licences)
        .map(|(_, label)| label.as_str())
        .unwrap_or(v.prorated_licences.as_str());
    outln!("{}", tr!(lang, REBILL_CLI_PRORATED, choice = choice));
    if v.markups.is_empty() {
        outln!("{}", tr!(lang, REBILL_CLI_NO_OVERRIDES));
        return;
    }
    let mut t = table(&[
        &tr!(lang, REBILL_CLI_PRODUCT),
        &tr!(lang, REBILL_CLI_CUSTOMER),
        &tr!(lang, REBILL_CLI_RATE),
    ]);
    for m in &v.markups {
        t.add_row(crate::terminal::row(vec![
            m.product_name.clone(),
            m.customer_name.clone(),
            m.rate_text.clone(),
        ]));
    }
    right(&mut t, &[2]);
    outln!("{t}");
}
