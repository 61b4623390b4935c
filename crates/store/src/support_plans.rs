//! Support plans (terms as columns and JSON, prices by date), the Microsoft routes the
//! partner holds, and which plan each customer has from which date.

use ardoise_domain::support::{PlanPrice, PlanTerms, Rounding, Route, SupportPlan};
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, params_from_iter, OptionalExtension, Row, ToSql};

use crate::rows::{currency, date, decimal, parsed};
use crate::{unique, Db, Result, StoreError};

/// A plan with its prices, and whether it is still offered.
#[derive(Debug, Clone)]
pub struct PlanRecord {
    pub plan: SupportPlan,
    pub archived: bool,
}

#[derive(Debug, Clone)]
pub struct PlanSummary {
    pub id: i64,
    pub name: String,
    pub no_support: bool,
    pub archived: bool,
    /// Customers whose plan it is on the day asked for.
    pub customers: i64,
}

/// Instants are stored as UTC RFC 3339 to the second, which sorts as text.
pub(crate) fn instant_text(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

pub(crate) fn instant(r: &Row<'_>, i: usize) -> rusqlite::Result<DateTime<Utc>> {
    parsed(r, i, "instant", |s| {
        DateTime::parse_from_rfc3339(s)
            .ok()
            .map(|d| d.with_timezone(&Utc))
    })
}

pub(crate) fn instant_opt(r: &Row<'_>, i: usize) -> rusqlite::Result<Option<DateTime<Utc>>> {
    match r.get::<_, Option<String>>(i)? {
        None => Ok(None),
        Some(_) => instant(r, i).map(Some),
    }
}

/// A value stored as JSON (hours, holidays, targets, routes).
macro_rules! json {
    ($v:expr) => {
        serde_json::to_string($v).map_err(|e| StoreError::Corrupt(e.to_string()))?
    };
}

macro_rules! from_json {
    ($r:expr, $i:expr, $what:expr) => {
        parsed($r, $i, $what, |s| serde_json::from_str(s).ok())?
    };
}

const TERMS_COLUMNS: &str = "name, no_support, covered_fr, covered_en, not_covered_fr,
    not_covered_en, time_zone, hours_json, holidays_json, phone, email, portal_url,
    targets_json, escalation_routes_json, delivered_by, provider_name, provider_contact";

fn terms_row(r: &Row<'_>) -> rusqlite::Result<PlanTerms> {
    Ok(PlanTerms {
        name: r.get(0)?,
        no_support: r.get(1)?,
        covered_fr: r.get(2)?,
        covered_en: r.get(3)?,
        not_covered_fr: r.get(4)?,
        not_covered_en: r.get(5)?,
        time_zone: r.get(6)?,
        hours: from_json!(r, 7, "hours"),
        holidays: from_json!(r, 8, "holidays"),
        phone: r.get(9)?,
        email: r.get(10)?,
        portal_url: r.get(11)?,
        targets: from_json!(r, 12, "targets"),
        escalation_routes: from_json!(r, 13, "routes"),
        delivered_by: parsed(r, 14, "delivered_by", |s| {
            ardoise_domain::support::DeliveredBy::parse(s)
        })?,
        provider_name: r.get(15)?,
        provider_contact: r.get(16)?,
    })
}

/// The terms in `TERMS_COLUMNS` order, then `now` (when they were written).
fn terms_values(t: &PlanTerms, now: DateTime<Utc>) -> Result<Vec<Box<dyn ToSql>>> {
    Ok(vec![
        Box::new(t.name.clone()),
        Box::new(t.no_support),
        Box::new(t.covered_fr.clone()),
        Box::new(t.covered_en.clone()),
        Box::new(t.not_covered_fr.clone()),
        Box::new(t.not_covered_en.clone()),
        Box::new(t.time_zone.clone()),
        Box::new(json!(&t.hours)),
        Box::new(json!(&t.holidays)),
        Box::new(t.phone.clone()),
        Box::new(t.email.clone()),
        Box::new(t.portal_url.clone()),
        Box::new(json!(&t.targets)),
        Box::new(json!(&t.escalation_routes)),
        Box::new(t.delivered_by.code()),
        Box::new(t.provider_name.clone()),
        Box::new(t.provider_contact.clone()),
        Box::new(instant_text(now)),
    ])
}

impl Db<'_> {
    pub fn insert_support_plan(&self, t: &PlanTerms, now: DateTime<Utc>) -> Result<i64> {
        self.conn
            .execute(
                &format!(
                    "INSERT INTO support_plans ({TERMS_COLUMNS}, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,
                             ?16, ?17, ?18, ?18)"
                ),
                params_from_iter(terms_values(t, now)?),
            )
            .map_err(unique("name"))?;
        Ok(self.conn.last_insert_rowid())
    }

    pub fn update_support_plan(&self, id: i64, t: &PlanTerms, now: DateTime<Utc>) -> Result<()> {
        let mut values = terms_values(t, now)?;
        values.push(Box::new(id));
        let changed = self
            .conn
            .execute(
                "UPDATE support_plans SET name = ?1, no_support = ?2, covered_fr = ?3,
                    covered_en = ?4, not_covered_fr = ?5, not_covered_en = ?6, time_zone = ?7,
                    hours_json = ?8, holidays_json = ?9, phone = ?10, email = ?11,
                    portal_url = ?12, targets_json = ?13, escalation_routes_json = ?14,
                    delivered_by = ?15, provider_name = ?16, provider_contact = ?17,
                    updated_at = ?18
                 WHERE id = ?19",
                params_from_iter(values),
            )
            .map_err(unique("name"))?;
        if changed == 0 {
            return Err(StoreError::NotFound("support plan"));
        }
        Ok(())
    }

    pub fn set_support_plan_archived(&self, id: i64, archived: bool) -> Result<()> {
        let changed = self.conn.execute(
            "UPDATE support_plans SET archived = ?2 WHERE id = ?1",
            params![id, archived],
        )?;
        if changed == 0 {
            return Err(StoreError::NotFound("support plan"));
        }
        Ok(())
    }

    pub fn insert_support_plan_price(&self, plan_id: i64, p: &PlanPrice) -> Result<i64> {
        self.conn
            .execute(
                "INSERT INTO support_plan_prices (plan_id, currency, effective_from, monthly_fee,
                    hourly_rate, included_minutes, increment_minutes, minimum_minutes, rounding,
                    cost_monthly, cost_hourly)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                params![
                    plan_id,
                    p.currency.code(),
                    p.effective_from.to_string(),
                    p.monthly_fee.to_string(),
                    p.hourly_rate.to_string(),
                    p.included_minutes_per_month,
                    p.increment_minutes,
                    p.minimum_minutes,
                    p.rounding.code(),
                    p.cost_monthly.to_string(),
                    p.cost_hourly.to_string(),
                ],
            )
            .map_err(unique("effective_from"))?;
        Ok(self.conn.last_insert_rowid())
    }

    pub fn support_plan(&self, id: i64) -> Result<PlanRecord> {
        let (terms, archived) = self
            .conn
            .query_row(
                &format!("SELECT {TERMS_COLUMNS}, archived FROM support_plans WHERE id = ?1"),
                [id],
                |r| Ok((terms_row(r)?, r.get::<_, bool>(17)?)),
            )
            .optional()?
            .ok_or(StoreError::NotFound("support plan"))?;
        Ok(PlanRecord {
            plan: SupportPlan {
                id,
                terms,
                prices: self.support_plan_prices(id)?,
            },
            archived,
        })
    }

    /// Every plan, for the queue and the billing run: few, and read whole.
    pub fn support_plans_all(&self) -> Result<Vec<PlanRecord>> {
        let ids: Vec<i64> = {
            let mut stmt = self
                .conn
                .prepare_cached("SELECT id FROM support_plans ORDER BY id")?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        ids.into_iter().map(|id| self.support_plan(id)).collect()
    }

    pub fn support_plan_prices(&self, plan_id: i64) -> Result<Vec<PlanPrice>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT currency, effective_from, monthly_fee, hourly_rate, included_minutes,
                    increment_minutes, minimum_minutes, rounding, cost_monthly, cost_hourly
             FROM support_plan_prices WHERE plan_id = ?1 ORDER BY effective_from, currency",
        )?;
        let rows = stmt.query_map([plan_id], |r| {
            Ok(PlanPrice {
                currency: currency(r, 0)?,
                effective_from: date(r, 1)?,
                monthly_fee: decimal(r, 2)?,
                hourly_rate: decimal(r, 3)?,
                included_minutes_per_month: r.get(4)?,
                increment_minutes: r.get(5)?,
                minimum_minutes: r.get(6)?,
                rounding: parsed(r, 7, "rounding", Rounding::parse)?,
                cost_monthly: decimal(r, 8)?,
                cost_hourly: decimal(r, 9)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The plans, with how many customers have each on `on`.
    pub fn support_plan_summaries(&self, on: NaiveDate) -> Result<Vec<PlanSummary>> {
        let mut stmt = self.conn.prepare(
            "SELECT p.id, p.name, p.no_support, p.archived,
                    (SELECT COUNT(*) FROM customer_support_plans c
                     WHERE c.plan_id = p.id AND c.effective_from = (
                         SELECT MAX(c2.effective_from) FROM customer_support_plans c2
                         WHERE c2.customer_id = c.customer_id AND c2.effective_from <= ?1))
             FROM support_plans p ORDER BY p.archived, p.id",
        )?;
        let rows = stmt.query_map([on.to_string()], |r| {
            Ok(PlanSummary {
                id: r.get(0)?,
                name: r.get(1)?,
                no_support: r.get(2)?,
                archived: r.get(3)?,
                customers: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The routes the partner declares it holds (commercial support is not listed: every
    /// CSP partner holds it), with their contract reference.
    pub fn held_routes(&self) -> Result<Vec<(Route, Option<String>)>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT route, contract_reference FROM microsoft_support_routes")?;
        let rows = stmt.query_map([], |r| {
            Ok((parsed(r, 0, "route", Route::parse)?, r.get(1)?))
        })?;
        let mut out: Vec<(Route, Option<String>)> = rows.collect::<rusqlite::Result<_>>()?;
        out.sort_by_key(|(r, _)| Route::ALL.iter().position(|x| x == r));
        Ok(out)
    }

    pub fn replace_held_routes(&self, routes: &[(Route, Option<String>)]) -> Result<()> {
        self.conn
            .execute("DELETE FROM microsoft_support_routes", [])?;
        for (route, reference) in routes.iter().filter(|(r, _)| !r.always_held()) {
            self.conn.execute(
                "INSERT INTO microsoft_support_routes (route, contract_reference) VALUES (?1, ?2)",
                params![route.code(), reference],
            )?;
        }
        Ok(())
    }

    /// Gives `customer_id` the plan from `from` on (replacing a change already set for
    /// that very date).
    pub fn set_customer_support_plan(
        &self,
        customer_id: i64,
        plan_id: i64,
        from: NaiveDate,
    ) -> Result<()> {
        self.conn.execute(
            "INSERT INTO customer_support_plans (customer_id, plan_id, effective_from)
             VALUES (?1, ?2, ?3)
             ON CONFLICT (customer_id, effective_from) DO UPDATE SET plan_id = excluded.plan_id",
            params![customer_id, plan_id, from.to_string()],
        )?;
        Ok(())
    }

    /// The customer's plan on `on`: the latest set on or before it; the "no support"
    /// plan (1) before any.
    pub fn customer_support_plan(&self, customer_id: i64, on: NaiveDate) -> Result<i64> {
        Ok(self
            .conn
            .query_row(
                "SELECT plan_id FROM customer_support_plans
                 WHERE customer_id = ?1 AND effective_from <= ?2
                 ORDER BY effective_from DESC LIMIT 1",
                params![customer_id, on.to_string()],
                |r| r.get(0),
            )
            .optional()?
            .unwrap_or(1))
    }

    /// Every plan the customer was given, oldest first: (plan, from).
    pub fn customer_support_plan_history(&self, customer_id: i64) -> Result<Vec<(i64, NaiveDate)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT plan_id, effective_from FROM customer_support_plans
             WHERE customer_id = ?1 ORDER BY effective_from",
        )?;
        let rows = stmt.query_map([customer_id], |r| Ok((r.get(0)?, date(r, 1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
