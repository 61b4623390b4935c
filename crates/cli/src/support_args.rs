//! `ardoise support …` as clap reads it.

use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum SupportCmd {
    /// The published support offer: plans, their hours of service, targets and prices.
    #[command(subcommand)]
    Plans(PlansCmd),
    /// Support requests: the queue, one request, time spent, escalation, resolution.
    #[command(subcommand)]
    Requests(RequestsCmd),
    /// A customer's support-terms sheet as a PDF in the customer's language (what is
    /// covered, hours and closed days of the year, how to reach support, targets,
    /// prices), recorded in the customer's communication log.
    Sheet {
        /// Customer id, tenant id, reference (C-00042) or name.
        customer: String,
        /// The PDF to write (a file that exists is never replaced); default: the
        /// documents folder beside the book.
        #[arg(long)]
        out: Option<std::path::PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub enum PlansCmd {
    /// List the plans with their hours of service and the price in force today.
    List,
    /// Add a plan with its first price.
    Add(Box<PlanArgs>),
    /// Put a customer on a plan from a date on (every customer starts without support).
    Assign {
        /// Customer id, tenant id, reference (C-00042) or name.
        customer: String,
        /// The plan's id or name.
        #[arg(long)]
        plan: String,
        /// YYYY-MM-DD; default: today.
        #[arg(long)]
        from: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct PlanArgs {
    #[arg(long)]
    pub name: String,
    /// What the plan covers, in French and in English.
    #[arg(long, default_value = "")]
    pub covered_fr: String,
    #[arg(long, default_value = "")]
    pub covered_en: String,
    /// What the plan does not cover, in French and in English.
    #[arg(long, default_value = "")]
    pub not_covered_fr: String,
    #[arg(long, default_value = "")]
    pub not_covered_en: String,
    /// An IANA time zone, such as Europe/Paris or America/Montreal.
    #[arg(long, default_value = "Europe/Paris")]
    pub time_zone: String,
    /// Days and their ranges, for example "mon-fri 09:00-12:30,14:00-18:00" or
    /// "sat 09:00-12:00" (repeatable; days mon tue wed thu fri sat sun).
    #[arg(long)]
    pub hours: Vec<String>,
    /// Do not close on France's public holidays.
    #[arg(long)]
    pub no_french_holidays: bool,
    /// Also close on Alsace-Moselle's Good Friday and 26 December.
    #[arg(long)]
    pub alsace_moselle: bool,
    /// A further closed day, YYYY-MM-DD (repeatable).
    #[arg(long)]
    pub closed_day: Vec<String>,
    #[arg(long, default_value = "")]
    pub phone: String,
    #[arg(long, default_value = "")]
    pub email: String,
    #[arg(long, default_value = "")]
    pub portal: String,
    /// A severity's targets in hours of service: first response, then resolution, and
    /// "24/7" to count them around the clock, for example "critical 1 4 24/7" or
    /// "normal 4 16" (repeatable; one per severity: critical, high, normal, low).
    #[arg(long)]
    pub target: Vec<String>,
    /// A Microsoft route the plan gives access to: commercial, partner_cloud,
    /// advanced_support or premier_support (repeatable).
    #[arg(long)]
    pub route: Vec<String>,
    /// own_team, subcontractor or resold.
    #[arg(long, default_value = "own_team")]
    pub delivered_by: String,
    /// The subcontractor or the entity whose support is resold.
    #[arg(long, default_value = "")]
    pub provider_name: String,
    #[arg(long, default_value = "")]
    pub provider_contact: String,
    /// The "no support" kind of plan: no hours, no targets, no fee.
    #[arg(long)]
    pub no_support: bool,
    #[command(flatten)]
    pub price: PriceArgs,
}

/// A plan's price from a date on.
#[derive(Debug, Args)]
pub struct PriceArgs {
    #[arg(long, default_value = "EUR")]
    pub currency: String,
    /// YYYY-MM-DD; default: today.
    #[arg(long)]
    pub price_from: Option<String>,
    /// The monthly fee, excl. VAT.
    #[arg(long, default_value = "0")]
    pub price_fee: String,
    /// Per hour beyond the included hours, excl. VAT.
    #[arg(long, default_value = "0")]
    pub price_rate: String,
    /// Hours included each month.
    #[arg(long, default_value = "0")]
    pub included_hours: String,
    /// Billable time is rounded up to a multiple of these minutes.
    #[arg(long, default_value = "15")]
    pub increment: String,
    /// The least minutes billed.
    #[arg(long, default_value = "0")]
    pub minimum: String,
    /// Round each entry (per_entry) or the month's total (per_month).
    #[arg(long, default_value = "per_entry")]
    pub rounding: String,
    /// What the support costs the partner per month and per hour (subcontracted or resold).
    #[arg(long, default_value = "0")]
    pub cost_monthly: String,
    #[arg(long, default_value = "0")]
    pub cost_hourly: String,
}

#[derive(Debug, Subcommand)]
pub enum RequestsCmd {
    /// The queue: open requests with their countdowns, the most urgent first.
    List(Box<QueueArgs>),
    /// Log a request.
    Add(Box<RequestArgs>),
    /// One request: its timeline, time log, escalations and targets.
    Show {
        /// The request's number (S-2026-00001) or id.
        request: String,
    },
    /// Log time spent on a request: --minutes, or --from and --to.
    LogTime(Box<LogTimeArgs>),
    /// Open a case with Microsoft for a request.
    Escalate {
        request: String,
        /// commercial (billing and subscriptions, open to every CSP partner),
        /// partner_cloud, advanced_support or premier_support.
        #[arg(long)]
        route: String,
        /// Microsoft's case number.
        #[arg(long = "case")]
        case_number: String,
        /// YYYY-MM-DD; default: today.
        #[arg(long)]
        on: Option<String>,
        #[arg(long, default_value = "")]
        note: String,
    },
    /// Mark a request resolved (a billing question's invoice is proposed to collections
    /// again).
    Resolve {
        request: String,
        #[arg(long, default_value = "")]
        note: String,
    },
    /// Close a request for good.
    Close {
        request: String,
        #[arg(long, default_value = "")]
        note: String,
    },
}

#[derive(Debug, Args)]
pub struct QueueArgs {
    /// new, in_progress, waiting_on_customer, escalated, resolved or closed; default:
    /// every open state.
    #[arg(long)]
    pub state: Option<String>,
    /// critical, high, normal or low.
    #[arg(long)]
    pub severity: Option<String>,
    /// Customer id, tenant id, reference or name.
    #[arg(long)]
    pub customer: Option<String>,
    /// Only requests past a target.
    #[arg(long)]
    pub breached: bool,
    /// Only requests assigned to this staff member (id).
    #[arg(long)]
    pub assigned: Option<i64>,
}

#[derive(Debug, Args)]
pub struct RequestArgs {
    /// Customer id, tenant id, reference (C-00042) or name.
    #[arg(long)]
    pub customer: String,
    /// billing, technical, subscription_change, access or other.
    #[arg(long)]
    pub category: String,
    /// critical, high, normal or low.
    #[arg(long)]
    pub severity: String,
    #[arg(long)]
    pub subject: String,
    #[arg(long, default_value = "")]
    pub description: String,
    /// phone, email, portal or on_site.
    #[arg(long, default_value = "phone")]
    pub channel: String,
    /// Who asked.
    #[arg(long, default_value = "")]
    pub contact: String,
    /// An invoice the request is about, by number (repeatable). A billing question
    /// naming an invoice holds it in collections while the request is open.
    #[arg(long)]
    pub invoice: Vec<String>,
}

#[derive(Debug, Args)]
pub struct LogTimeArgs {
    pub request: String,
    /// Minutes spent, ending now.
    #[arg(long, conflicts_with_all = ["from", "to"], required_unless_present = "from")]
    pub minutes: Option<String>,
    /// When the work started, YYYY-MM-DD HH:MM (local time).
    #[arg(long, requires = "to")]
    pub from: Option<String>,
    /// When it ended.
    #[arg(long, requires = "from")]
    pub to: Option<String>,
    /// Not billed to the customer.
    #[arg(long)]
    pub not_billable: bool,
    /// Billed to the customer beyond the included hours (the default).
    #[arg(long, conflicts_with = "not_billable")]
    pub billable: bool,
    #[arg(long, default_value = "")]
    pub note: String,
}
