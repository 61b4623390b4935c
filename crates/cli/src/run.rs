//! Each subcommand is one use case of `ardoise-app`.

use std::sync::Arc;

use ardoise_app::defaults::reader_lang;
use ardoise_app::demo::DemoOptions;
use ardoise_app::domain::customer::CustomerForm;
use ardoise_app::domain::subscription::SubscriptionForm;
use ardoise_app::domain::words::tr;
use ardoise_app::domain::Lang;
use ardoise_app::{paths, AppError, Ardoise, Session, SystemClock};

use crate::args::{Cli, Command, CustomersCmd, LangArg, ProductsCmd, SubscriptionsCmd};
use crate::check::{self, Verdict};
use crate::failure::{found, Failure, Refusal};
use crate::staff::StaffCmd;
use crate::{collections, invoicing, output, payments, statements, support};

fn lang_of(cli: &Cli, book: Option<&Ardoise>) -> Lang {
    let asked = cli.lang.map(|l| match l {
        LangArg::Fr => Lang::Fr,
        LangArg::En => Lang::En,
    });
    reader_lang(asked, book)
}

pub fn run(cli: &Cli) -> Result<Verdict, Failure> {
    if let Command::Bench(b) = &cli.command {
        return crate::bench::run(b)
            .map(|()| Verdict::Done)
            .map_err(|e| Failure(e.view(lang_of(cli, None))));
    }
    if let Command::Gen(g) = &cli.command {
        return crate::partner_center::generate(g, lang_of(cli, None), cli.json)
            .map(|()| Verdict::Done)
            .map_err(|r| Failure(r.view(lang_of(cli, None))));
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
        let asked = asked.to_string();
        errln!("{}", tr!(lang, CLI_TODAY_IGNORED, asked = asked));
    }
    let out = output::Out {
        json: cli.json,
        lang,
    };
    let setup = match &cli.command {
        Command::Staff(StaffCmd::Setup { name, title }) => Some((name, title)),
        _ => None,
    };
    let Some((session, typed)) = crate::sign_in::session(cli, &book, lang, setup.is_some())? else {
        // `staff setup` on a book waiting for its first administrator.
        if let Some((name, title)) = setup {
            crate::sign_in::user(cli, lang)
                .and_then(|user| crate::staff::setup(&book, &out, user, name, title))
                .map_err(|e| Failure(e.view(lang)))?;
        }
        return Ok(Verdict::Done);
    };
    if let Command::Restore { file } = &cli.command {
        return crate::backup::restore(book, &session, file, cli.json, lang)
            .map(|()| Verdict::Done);
    }
    if let Command::Check = &cli.command {
        return check::run(&book, &session, &out).map_err(|e| Failure(e.view(lang)));
    }
    dispatch(cli, &mut book, &session, &out, &typed)
        .map(|()| Verdict::Done)
        .map_err(|e| Failure(e.view(lang)))
}

fn dispatch(
    cli: &Cli,
    book: &mut Ardoise,
    session: &Session,
    out: &output::Out,
    typed: &str,
) -> Result<(), Refusal> {
    match &cli.command {
        Command::Init => out.initialised(book.path()),
        Command::Demo { customers, seed } => {
            let summary = book.seed_demo(
                session,
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
            out.customers(&book.search_customers(session, search.as_deref())?);
        }
        Command::Customers(CustomersCmd::Show { customer }) => {
            let id = found(book.find_customer(session, customer), customer)?;
            out.customer(&book.customer(session, id)?);
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
                reference: a.reference.clone(),
            };
            let id = book.create_customer_unless_similar(session, &form, a.allow_duplicate)?;
            out.created("customer", id);
        }
        Command::Subscriptions(SubscriptionsCmd::List { customer }) => {
            let id = match customer {
                Some(c) => Some(found(book.find_customer(session, c), c)?),
                None => None,
            };
            out.subscriptions(&book.subscriptions(session, id)?);
        }
        Command::Subscriptions(SubscriptionsCmd::Add(a)) => {
            let customer_id = found(book.find_customer(session, &a.customer), &a.customer)?;
            let product_id = found(book.find_product(session, &a.product), &a.product)?;
            let form = SubscriptionForm {
                product_id: product_id.to_string(),
                quantity: a.quantity.clone(),
                term: a.term.clone(),
                billing_frequency: a.billing.clone(),
                start_date: book.date_or_today(a.start.as_deref()),
                renewal_date: a.renewal.clone(),
                auto_renew: !a.no_auto_renew,
                status: "active".into(),
                pc_subscription_id: a.pc_id.clone(),
            };
            let id = book.add_subscription(session, customer_id, &form)?;
            out.created("subscription", id);
        }
        Command::Products(ProductsCmd::List) => out.products(&book.products(session)?),
        Command::Check => unreachable!("run() hands check to its own runner"),
        Command::PartnerLogo { file, remove } => {
            let file = file.as_deref().filter(|_| !remove);
            book.set_partner_logo_file(session, file)?;
        }
        Command::Bill { period, issue } => invoicing::bill(book, session, out, period, *issue)?,
        Command::Invoices(cmd) => invoicing::invoices(book, session, out, cmd)?,
        Command::CreditNote {
            invoice,
            amount,
            reason,
        } => invoicing::credit_note(
            book,
            session,
            out,
            invoice,
            amount.as_deref(),
            reason.as_deref().unwrap_or(""),
        )?,
        Command::Payments(cmd) if payments::owns(cmd) => payments::run(book, session, out, cmd)?,
        Command::Payments(cmd) => invoicing::payments(book, session, out, cmd)?,
        Command::Statement {
            customer,
            dates,
            out: file,
        } => statements::statement(book, session, out, customer, dates, file.as_deref())?,
        Command::Statements {
            dates,
            out: dir,
            combined,
            all,
        } => statements::batch(
            book,
            session,
            out,
            dates,
            dir.as_deref(),
            combined.as_deref(),
            *all,
        )?,
        Command::Aging { as_of, csv, pdf } => {
            statements::aging(book, session, out, as_of.as_deref(), *csv, pdf.as_deref())?
        }
        Command::Collections(cmd) => collections::run(book, session, out, cmd)?,
        Command::Support(cmd) => support::run(book, session, out, cmd)?,
        Command::Backup { to } => crate::backup::backup(book, session, out, to.as_deref())?,
        Command::Restore { .. } => unreachable!("a restore replaces the book, before this"),
        Command::Bench(_) => unreachable!("benchmarks run on their own book, before this"),
        Command::Bank(cmd) => crate::bank::run(book, session, out, cmd)?,
        Command::Staff(cmd) => crate::staff::run(book, session, out, cmd, typed)?,
        Command::Import(cmd) => crate::partner_center::run(book, session, out, cmd)?,
        Command::Rebill(cmd) => crate::rebill::run(book, session, out, cmd)?,
        Command::Gen(_) => unreachable!("files are generated without a book, before this"),
        Command::Reconcile { period } => crate::reconcile::reconcile(book, session, out, period)?,
        Command::Margin { period, csv } => {
            crate::reconcile::margin(book, session, out, period, *csv)?
        }
    }
    Ok(())
}
