//! The same statement as an HTML page, the way web invoicing tools print PDFs (a
//! template, then a headless browser's "print to PDF"): the benchmark's comparison.

use ardoise_app::domain::display;
use ardoise_app::domain::money::Money;
use ardoise_app::domain::Lang;
use ardoise_app::transport::MoneyView;
use ardoise_app::transport_statements::StatementView;

fn money(m: &MoneyView) -> String {
    match (m.amount.parse(), m.currency.parse()) {
        (Ok(a), Ok(c)) => display::money(&Money::new(a, c), Lang::Fr),
        _ => m.amount.clone(),
    }
}

fn date(d: &str) -> String {
    chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
        .map(|d| display::date(d, Lang::Fr))
        .unwrap_or_else(|_| d.to_string())
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

pub fn statement_html(v: &StatementView, partner: &str) -> String {
    let mut rows = String::new();
    rows.push_str(&format!(
        "<tr><td>{}</td><td>Solde reporté</td><td></td><td></td><td>{}</td></tr>",
        date(&v.from),
        money(&v.brought_forward)
    ));
    for l in &v.lines {
        let settled: Vec<String> = l
            .settled
            .iter()
            .map(|s| format!("Règle {} : {}", esc(&s.number), money(&s.amount)))
            .collect();
        rows.push_str(&format!(
            "<tr><td>{}</td><td>{}<div class=sub>{}</div></td><td>{}</td><td>{}</td><td>{}</td></tr>",
            date(&l.date),
            esc(&l.number),
            settled.join("<br>"),
            l.debit.as_ref().map(money).unwrap_or_default(),
            l.credit.as_ref().map(money).unwrap_or_default(),
            money(&l.running_balance)
        ));
    }
    let mut open = String::new();
    for o in &v.open_items {
        open.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&o.number),
            date(&o.date),
            date(&o.due_date),
            o.days_overdue,
            money(&o.open)
        ));
    }
    let a = &v.aging;
    format!(
        r#"<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Relevé</title>
<style>
@page {{ size: A4; margin: 16mm 18mm 20mm; }}
body {{ font-family: "Noto Sans", sans-serif; font-size: 9pt; color: #1c1f24; }}
h1 {{ font-size: 16pt; margin: 0 0 4mm; }}
table {{ width: 100%; border-collapse: collapse; margin: 4mm 0; }}
thead {{ display: table-header-group; }}
th {{ text-align: left; font-size: 8pt; color: #666; border-bottom: 1px solid #ccc; }}
td {{ padding: 1.5mm 1mm; border-bottom: 1px solid #eee; vertical-align: top; }}
td:nth-child(n+3) {{ text-align: right; }}
.sub {{ font-size: 8pt; color: #666; }}
.head {{ display: flex; justify-content: space-between; }}
</style></head><body>
<div class="head"><div><strong>{partner}</strong></div><div><h1>RELEVÉ DE COMPTE</h1>
{customer}<br>Période du {from} au {to}<br>Arrêté au {as_of}</div></div>
<table><thead><tr><th>Date</th><th>Pièce</th><th>Débit</th><th>Crédit</th><th>Solde</th></tr></thead>
<tbody>{rows}</tbody></table>
<p><strong>Solde au {to} : {closing}</strong></p>
<table><thead><tr><th>Facture</th><th>Date</th><th>Échéance</th><th>Jours de retard</th><th>Reste dû</th></tr></thead>
<tbody>{open}</tbody></table>
<table><thead><tr><th>Non échu</th><th>1–30 jours</th><th>31–60 jours</th><th>61–90 jours</th><th>Plus de 90 jours</th><th>Total</th></tr></thead>
<tbody><tr><td>{b0}</td><td>{b1}</td><td>{b2}</td><td>{b3}</td><td>{b4}</td><td>{bt}</td></tr></tbody></table>
</body></html>"#,
        partner = esc(partner),
        customer = esc(&v.customer_name),
        from = date(&v.from),
        to = date(&v.to),
        as_of = date(&v.as_of),
        closing = money(&v.closing_balance),
        b0 = money(&a.not_due),
        b1 = money(&a.d1_30),
        b2 = money(&a.d31_60),
        b3 = money(&a.d61_90),
        b4 = money(&a.over_90),
        bt = money(&a.total),
    )
}
