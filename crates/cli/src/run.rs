//! Each subcommand is one use case of `ardoise-app`.

use std::sync::Arc;

use ardoise_app::demo::DemoOptions;
use ardoise_app::domain::customer::CustomerForm;
use ardoise_app::domain::subscription::SubscriptionForm;
use ardoise_app::domain::Lang;
use ardoise_app::{paths, AppError, Ardoise, ErrorView, SystemClock};

use crate::args::{Cli, Command, CustomersCmd, LangArg, ProductsCmd, SubscriptionsCmd};
use crate::check::{self, Verdict};
use crate::{collections, invoicing, output, statements};

/// Any failure, already rendered in the reader's language.
pub struct Failure(pub ErrorView);

fn lang_of(cli: &Cli, book: Option<&Ardoise>) -> Lang {
    match cli.lang {
        Some(LangArg::Fr) => Lang::Fr,
        Some(LangArg::En) => Lang::En,
        None => book
            .and_then(|b| b.language().ok().flatten())
            .or_else(|| {
                ["LC_ALL", "LC_MESSAGES", "LANG"]
                    .iter()
                    .filter_map(|v| std::env::var(v).ok())
                    .find(|v| !v.is_empty())
                    .and_then(|v| Lang::parse(&v))
            })
            .unwrap_or(Lang::En),
    }
}

pub fn run(cli: &Cli) -> Result<Verdict, Failure> {
    if let Command::Bench(b) = &cli.command {
        return crate::bench::run(b)
            .map(|()| Verdict::Done)
            .map_err(|e| Failure(e.view(lang_of(cli, None))));
    }
    let path = paths::book_path(cli.db.clone());
    let clock = Arc::new(SystemClock::from_env());
    // Only `init` and `demo` may make a new book: a mistyped --db must not silently
    // become an empty one.
    let creates = matches!(cli.command, Command::Init | Command::Demo { .. });
    if matches!(cli.command, Command::Init) && path.exists() {
        let e = AppError::FileExists(path.display().to_string());
        return Err(Failure(e.view(lang_of(cli, None))));
    }
    let opened = if creates {
        Ardoise::open(&path, clock)
    } else {
        Ardoise::open_existing(&path, clock)
    };
    let mut book = opened.map_err(|e| Failure(e.view(lang_of(cli, None))))?;
    let lang = lang_of(cli, Some(&book));
    if let Some(asked) = book.ignored_env_date() {
        eprintln!(
            "{}",
            match lang {
                Lang::Fr => format!("ARDOISE_TODAY ({asked}) est ignoré : ce dossier n'est pas un dossier de démonstration, et un vrai dossier garde la date du jour."),
                Lang::En => format!("ARDOISE_TODAY ({asked}) is ignored: this is not a demo book, and a real book keeps today's date."),
            }
        );
    }
    if let Command::Restore { file } = &cli.command {
        return crate::backup::restore(book, file, cli.json, lang).map(|()| Verdict::Done);
    }
    if let Command::Check = &cli.command {
        let out = output::Out {
            json: cli.json,
            lang,
        };
        return book
            .admin_session()
            .and_then(|s| check::run(&book, &s, &out))
            .map_err(|e| Failure(e.view(lang)));
    }
    dispatch(cli, &mut book, lang)
        .map(|()| Verdict::Done)
        .map_err(|e| Failure(e.view(lang)))
}

fn dispatch(cli: &Cli, book: &mut Ardoise, lang: Lang) -> ardoise_app::Result<()> {
    let session = book.admin_session()?;
    let out = output::Out {
        json: cli.json,
        lang,
    };
    match &cli.command {
        Command::Init => out.initialised(book.path()),
        Command::Demo { customers, seed } => {
            let summary = book.seed_demo(
                &session,
                DemoOptions {
                    customers: *customers,
                    seed: *seed,
                    subscriptions_per_customer: None,
                    history_months: ardoise_app::demo::DEFAULT_HISTORY_MONTHS,
                },
            )?;
            out.demo(&summary, book.path());
        }
        Command::Customers(CustomersCmd::List { search }) => {
            let mut rows = book.customers(&session)?;
            if let Some(q) = search {
                let q = q.to_lowercase();
                rows.retain(|r| {
                    [
                        Some(&r.legal_name),
                        Some(&r.city),
                        r.vat_number.as_ref(),
                        r.domain.as_ref(),
                    ]
                    .into_iter()
                    .flatten()
                    .any(|f| f.to_lowercase().contains(&q))
                });
            }
            out.customers(&rows);
        }
        Command::Customers(CustomersCmd::Show { customer }) => {
            let id = book.find_customer(&session, customer)?;
            out.customer(&book.customer(&session, id)?);
        }
        Command::Customers(CustomersCmd::Add(a)) => {
            let form = CustomerForm {
                legal_name: a.name.clone(),
                vat_number: a.vat.clone(),
                country: a.country.clone(),
                address_line1: a.address.clone(),
                address_line2: a.address2.clone(),
                postal_code: a.postal_code.clone(),
                city: a.city.clone(),
                language: a.language.clone(),
                currency: a.currency.clone(),
                payment_terms_days: a.terms.clone(),
                tenant_id: a.tenant_id.clone(),
                domain: a.domain.clone(),
                support_plan: a.support_plan.clone(),
                status: "active".into(),
                notes: a.notes.clone(),
            };
            let id = book.create_customer(&session, &form)?;
            out.created("customer", id);
        }
        Command::Subscriptions(SubscriptionsCmd::List { customer }) => {
            let id = match customer {
                Some(c) => Some(book.find_customer(&session, c)?),
                None => None,
            };
            out.subscriptions(&book.subscriptions(&session, id)?);
        }
        Command::Subscriptions(SubscriptionsCmd::Add(a)) => {
            let customer_id = book.find_customer(&session, &a.customer)?;
            let product_id = match a.product.trim().parse::<i64>() {
                Ok(id) => id,
                Err(_) => book
                    .products(&session)?
                    .into_iter()
                    .find(|p| p.ms_product_id.eq_ignore_ascii_case(a.product.trim()))
                    .map(|p| p.id)
                    .ok_or(AppError::NotFound("product"))?,
            };
            let form = SubscriptionForm {
                product_id: product_id.to_string(),
                quantity: a.quantity.clone(),
                term: a.term.clone(),
                billing_frequency: a.billing.clone(),
                start_date: a.start.clone().unwrap_or_else(|| book.today().to_string()),
                renewal_date: a.renewal.clone(),
                auto_renew: !a.no_auto_renew,
                status: "active".into(),
                pc_subscription_id: a.pc_id.clone(),
            };
            let id = book.add_subscription(&session, customer_id, &form)?;
            out.created("subscription", id);
        }
        Command::Products(ProductsCmd::List) => out.products(&book.products(&session)?),
        Command::Check => unreachable!("run() hands check to its own runner"),
        Command::PartnerLogo { file, remove } => {
            let png = match (file, remove) {
                (Some(f), false) => Some(
                    std::fs::read(f)
                        .map_err(|e| AppError::Refused(format!("{}: {e}", f.display())))?,
                ),
                _ => None,
            };
            book.set_partner_logo(&session, png)?;
        }
        Command::Bill { period, issue } => invoicing::bill(book, &session, &out, period, *issue)?,
        Command::Invoices(cmd) => invoicing::invoices(book, &session, &out, cmd)?,
        Command::CreditNote { invoice, amount } => {
            invoicing::credit_note(book, &session, &out, invoice, amount.as_deref())?
        }
        Command::Payments(cmd) => invoicing::payments(book, &session, &out, cmd)?,
        Command::Statement {
            customer,
            dates,
            out: file,
        } => statements::statement(book, &session, &out, customer, dates, file.as_deref())?,
        Command::Statements {
            dates,
            out: dir,
            combined,
            all,
        } => statements::batch(
            book,
            &session,
            &out,
            dates,
            dir.as_deref(),
            combined.as_deref(),
            *all,
        )?,
        Command::Aging { as_of, csv, pdf } => {
            statements::aging(book, &session, &out, as_of.as_deref(), *csv, pdf.as_deref())?
        }
        Command::Collections(cmd) => collections::run(book, &session, &out, cmd)?,
        Command::Backup { to } => crate::backup::backup(book, &session, &out, to.as_deref())?,
        Command::Restore { .. } => unreachable!("a restore replaces the book, before this"),
        Command::Bench(_) => unreachable!("benchmarks run on their own book, before this"),
    }
    Ok(())
}
