//! The published offer: plans, their prices, the Microsoft routes the partner holds, each
//! customer's plan, and whether support is open for a customer now.

use ardoise_domain::catalog::parse_date;
use ardoise_domain::money::Money;
use ardoise_domain::support::plan_form::format_hours;
use ardoise_domain::support::{
    parse_zone, PlanForm, PlanPrice, PlanPriceForm, Route, SupportProblem,
};
use ardoise_domain::{Invalid, Lang};
use chrono::NaiveDate;
use serde_json::json;

use super::{calendar_of, instant};
use crate::transport_support::{
    OpenStatusView, PlanPriceView, PlanRow, PlanView, RouteHeld, RouteView,
};
use crate::{AppError, Ardoise, Audit, Permission, Result, Session};

pub(crate) fn price_view(p: &PlanPrice) -> PlanPriceView {
    let money = |amount| Money::new(amount, p.currency).into();
    PlanPriceView {
        currency: p.currency.code().to_string(),
        effective_from: p.effective_from.to_string(),
        monthly_fee: money(p.monthly_fee),
        hourly_rate: money(p.hourly_rate),
        included_hours: format_hours(p.included_minutes_per_month),
        included_minutes: i64::from(p.included_minutes_per_month),
        increment_minutes: i64::from(p.increment_minutes),
        minimum_minutes: i64::from(p.minimum_minutes),
        rounding: p.rounding,
        cost_monthly: money(p.cost_monthly),
        cost_hourly: money(p.cost_hourly),
        // Bounded amounts (domain::bounds) subtract without overflow.
        margin_monthly: money(p.monthly_fee - p.cost_monthly),
        margin_hourly: money(p.hourly_rate - p.cost_hourly),
    }
}

/// The built-in plan every customer starts on (migration 008): no support, no price.
pub(crate) const NO_SUPPORT_PLAN: i64 = 1;

/// A date typed, or today when left empty.
pub(crate) fn date_or(input: &str, field: &str, today: NaiveDate) -> Result<NaiveDate> {
    if input.trim().is_empty() {
        return Ok(today);
    }
    parse_date(input).map_err(|p| Invalid::one(field, p).into())
}

/// A plan's name as a reader sees it: the "no support" plan is the book's own (stored
/// in French), named in the reader's language, as the support-terms sheet names it;
/// the partner's plans by the name it gave them.
pub(crate) fn shown_name(name: &str, no_support: bool, lang: Lang) -> String {
    if no_support {
        ardoise_domain::words::tr!(lang, SUPPORT_NO_SUPPORT_PLAN)
    } else {
        name.to_string()
    }
}

impl Ardoise {
    /// The plans, named in the book's language (the list carries no reader's language).
    pub fn support_plans(&self, session: &Session) -> Result<Vec<PlanRow>> {
        session.require(Permission::ViewBook)?;
        let today = self.today();
        let lang = self.language()?.unwrap_or(Lang::Fr);
        let db = self.store.read();
        db.support_plan_summaries(today)?
            .into_iter()
            .map(|s| {
                let plan = db.support_plan(s.id)?.plan;
                let mut currencies: Vec<_> = plan.prices.iter().map(|p| p.currency).collect();
                currencies.sort();
                currencies.dedup();
                Ok(PlanRow {
                    id: s.id,
                    name: shown_name(&s.name, s.no_support, lang),
                    no_support: s.no_support,
                    archived: s.archived,
                    customers: s.customers,
                    prices: currencies
                        .into_iter()
                        .filter_map(|c| plan.price_on(c, today).map(price_view))
                        .collect(),
                })
            })
            .collect()
    }

    pub fn support_plan(&self, session: &Session, id: i64) -> Result<PlanView> {
        session.require(Permission::ViewBook)?;
        let db = self.store.read();
        let r = db.support_plan(id)?;
        let customers = db
            .support_plan_summaries(self.today())?
            .into_iter()
            .find(|s| s.id == id)
            .map_or(0, |s| s.customers);
        Ok(PlanView {
            id,
            form: PlanForm::from_terms(&r.plan.terms),
            archived: r.archived,
            customers,
            prices: r.plan.prices.iter().map(price_view).collect(),
            minutes_per_week: i64::from(r.plan.terms.hours.minutes_per_week()),
        })
    }

    /// Creates a plan (`id` None) or replaces its terms. Requests already opened keep
    /// counting on the plan as it now reads.
    pub fn save_support_plan(
        &self,
        session: &Session,
        id: Option<i64>,
        form: &PlanForm,
    ) -> Result<i64> {
        session.require(Permission::EditSupportPlans)?;
        let now = self.clock.now();
        self.write(
            session,
            Audit {
                action: if id.is_some() {
                    "support_plan.update"
                } else {
                    "support_plan.create"
                },
                entity: "support_plan",
                entity_id: id,
                detail: json!(form),
            },
            |db| {
                // The routes held are read inside the transaction that relies on them.
                let held: Vec<Route> = db.held_routes()?.into_iter().map(|r| r.0).collect();
                let terms = form.validate(&held)?;
                match id {
                    Some(id) => {
                        // Turning support off would silently stop billing a paid plan's
                        // customers, and on would make the built-in plan a paid one.
                        if db.support_plan(id)?.plan.terms.no_support != terms.no_support {
                            let problem = if id == NO_SUPPORT_PLAN {
                                SupportProblem::NoSupportPlanFixed
                            } else {
                                SupportProblem::NoSupportFixed
                            };
                            return Err(Invalid::one("no_support", problem.into()).into());
                        }
                        db.update_support_plan(id, &terms, now)?;
                        Ok(id)
                    }
                    None => Ok(db.insert_support_plan(&terms, now)?),
                }
            },
        )
    }

    pub fn add_support_plan_price(
        &self,
        session: &Session,
        plan_id: i64,
        form: &PlanPriceForm,
    ) -> Result<()> {
        session.require(Permission::EditSupportPlans)?;
        let price = form.validate()?;
        self.write(
            session,
            Audit {
                action: "support_plan.price",
                entity: "support_plan",
                entity_id: Some(plan_id),
                detail: json!(form),
            },
            |db| {
                db.support_plan(plan_id)?;
                if plan_id == NO_SUPPORT_PLAN {
                    return Err(
                        Invalid::one("plan_id", SupportProblem::NoSupportPlanFixed.into()).into(),
                    );
                }
                db.insert_support_plan_price(plan_id, &price)?;
                Ok(())
            },
        )
    }

    pub fn archive_support_plan(&self, session: &Session, id: i64, archived: bool) -> Result<()> {
        session.require(Permission::EditSupportPlans)?;
        self.write(
            session,
            Audit {
                action: "support_plan.archive",
                entity: "support_plan",
                entity_id: Some(id),
                detail: json!({ "archived": archived }),
            },
            |db| Ok(db.set_support_plan_archived(id, archived)?),
        )
    }

    /// Every Microsoft route, and whether the partner holds it.
    pub fn support_routes(&self, session: &Session, lang: Lang) -> Result<Vec<RouteView>> {
        session.require(Permission::ViewBook)?;
        let held = self.store.read().held_routes()?;
        Ok(Route::ALL
            .iter()
            .map(|r| {
                let declared = held.iter().find(|(h, _)| h == r);
                RouteView {
                    route: *r,
                    name: r.name(lang),
                    held: r.always_held() || declared.is_some(),
                    always_held: r.always_held(),
                    contract_reference: declared.and_then(|(_, c)| c.clone()).unwrap_or_default(),
                }
            })
            .collect())
    }

    /// The routes the partner now holds. A plan giving access to a route no longer held
    /// is refused, naming the plan: change the plan first.
    pub fn save_support_routes(&self, session: &Session, routes: &[RouteHeld]) -> Result<()> {
        session.require(Permission::EditSupportPlans)?;
        let mut c = ardoise_domain::problem::Checker::new();
        let mut held: Vec<(Route, Option<String>)> = Vec::new();
        for (i, r) in routes.iter().enumerate() {
            let reference = c
                .check(
                    &format!("routes[{i}].contract_reference"),
                    ardoise_domain::checks::text::optional(&r.contract_reference, 100),
                )
                .flatten();
            if !held.iter().any(|(h, _)| *h == r.route) {
                held.push((r.route, reference));
            }
        }
        c.finish()?;
        self.write(
            session,
            Audit {
                action: "support_routes.save",
                entity: "support_routes",
                entity_id: None,
                detail: json!(held
                    .iter()
                    .map(|(r, c)| json!({ "route": r.code(), "reference": c }))
                    .collect::<Vec<_>>()),
            },
            |db| {
                let kept: Vec<Route> = held.iter().map(|(r, _)| *r).collect();
                for p in db.support_plans_all()? {
                    if p.archived {
                        continue;
                    }
                    if let Some(lost) = p
                        .plan
                        .terms
                        .escalation_routes
                        .iter()
                        .position(|r| !r.always_held() && !kept.contains(r))
                    {
                        let route = p.plan.terms.escalation_routes[lost];
                        let i = routes.iter().position(|r| r.route == route).unwrap_or(0);
                        return Err(AppError::Invalid(Invalid::one(
                            format!("routes[{i}]"),
                            ardoise_domain::support::SupportProblem::RouteNotHeld { route }.into(),
                        )));
                    }
                }
                db.replace_held_routes(&held)?;
                Ok(())
            },
        )
    }

    /// Gives the customer `plan_id` from `effective_from` (today when empty).
    pub fn set_customer_support_plan(
        &self,
        session: &Session,
        customer_id: i64,
        plan_id: i64,
        effective_from: &str,
    ) -> Result<()> {
        session.require(Permission::EditSupportPlans)?;
        let from = date_or(effective_from, "effective_from", self.today())?;
        self.write(
            session,
            Audit {
                action: "customer.support_plan",
                entity: "customer",
                entity_id: Some(customer_id),
                detail: json!({ "plan_id": plan_id, "from": from.to_string() }),
            },
            |db| {
                db.customer(customer_id)?;
                if db.support_plan(plan_id)?.archived {
                    return Err(Invalid::one(
                        "plan_id",
                        ardoise_domain::support::SupportProblem::PlanArchived.into(),
                    )
                    .into());
                }
                db.set_customer_support_plan(customer_id, plan_id, from)?;
                Ok(())
            },
        )
    }

    /// Open now, or closed until when, from the customer's plan today.
    pub fn support_open_status(
        &self,
        session: &Session,
        customer_id: i64,
        lang: Lang,
    ) -> Result<OpenStatusView> {
        session.require(Permission::ViewBook)?;
        let now = self.clock.now();
        let db = self.store.read();
        db.customer(customer_id)?;
        let plan = db
            .support_plan(db.customer_support_plan(customer_id, self.today())?)?
            .plan;
        let base = OpenStatusView {
            customer_id,
            plan_id: plan.id,
            plan_name: shown_name(&plan.terms.name, plan.terms.no_support, lang),
            no_support: plan.terms.no_support,
            open: false,
            until: None,
            sentence: String::new(),
        };
        if plan.terms.no_support {
            return Ok(OpenStatusView {
                sentence: ardoise_domain::words::tr!(lang, SUPPORT_NONE),
                ..base
            });
        }
        let calendar = calendar_of(&plan);
        let status = calendar.status(now);
        let zone = parse_zone(&plan.terms.time_zone).unwrap_or(calendar.zone());
        Ok(OpenStatusView {
            open: status.is_open(),
            until: status.until().map(instant),
            sentence: status.describe(lang, zone, now),
            ..base
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ardoise_domain::money::Currency;
    use ardoise_domain::support::Rounding;
    use rust_decimal::Decimal;

    #[test]
    fn a_resold_plan_shows_what_the_partner_keeps() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        let view = price_view(&PlanPrice {
            currency: Currency::EUR,
            effective_from: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
            monthly_fee: d("149.00"),
            hourly_rate: d("90.00"),
            included_minutes_per_month: 120,
            increment_minutes: 15,
            minimum_minutes: 15,
            rounding: Rounding::PerEntry,
            cost_monthly: d("61.50"),
            cost_hourly: d("95.00"),
        });
        assert_eq!(d(&view.margin_monthly.amount), d("87.50"));
        // Reselling an hour below its cost is a loss the partner should see.
        assert_eq!(d(&view.margin_hourly.amount), d("-5"));
    }
}
