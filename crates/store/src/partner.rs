use ardoise_domain::customer::Address;
use ardoise_domain::money::Money;
use ardoise_domain::partner::Partner;
use rusqlite::{params, OptionalExtension};

use crate::rows::{currency, decimal};
use crate::{Db, Result, StoreError};

fn minor(m: &Money) -> Result<i64> {
    m.to_minor()
        .map_err(|e| StoreError::Corrupt(format!("amount {m}: {e}")))
}

impl Db<'_> {
    /// The partner's profile, or `None` in a book where it was never filled in.
    pub fn partner(&self) -> Result<Option<Partner>> {
        Ok(self
            .conn
            .query_row(
                "SELECT legal_name, legal_form, share_capital_minor, siren, siret, vat_number, rcs,
                        address_line1, address_line2, postal_code, city, country, email, phone,
                        website, bank_name, iban, bic, default_currency, payment_terms_days,
                        late_penalty_rate, recovery_indemnity_minor
                 FROM partner WHERE id = 1",
                [],
                |r| {
                    let cur = currency(r, 18)?;
                    Ok(Partner {
                        legal_name: r.get(0)?,
                        legal_form: r.get(1)?,
                        share_capital: r
                            .get::<_, Option<i64>>(2)?
                            .map(|m| Money::from_minor(m, cur)),
                        siren: r.get(3)?,
                        siret: r.get(4)?,
                        vat_number: r.get(5)?,
                        rcs: r.get(6)?,
                        address: Address {
                            line1: r.get(7)?,
                            line2: r.get(8)?,
                            postal_code: r.get(9)?,
                            city: r.get(10)?,
                            country: r.get(11)?,
                        },
                        email: r.get(12)?,
                        phone: r.get(13)?,
                        website: r.get(14)?,
                        bank_name: r.get(15)?,
                        iban: r.get(16)?,
                        bic: r.get(17)?,
                        default_currency: cur,
                        payment_terms_days: r.get(19)?,
                        late_penalty_rate: decimal(r, 20)?,
                        recovery_indemnity: Money::from_minor(r.get(21)?, cur),
                    })
                },
            )
            .optional()?)
    }

    pub fn save_partner(&self, p: &Partner) -> Result<()> {
        let capital = p.share_capital.as_ref().map(minor).transpose()?;
        let indemnity = minor(&p.recovery_indemnity)?;
        self.conn.execute(
            "INSERT INTO partner (id, legal_name, legal_form, share_capital_minor, siren, siret,
                vat_number, rcs, address_line1, address_line2, postal_code, city, country, email,
                phone, website, bank_name, iban, bic, default_currency, payment_terms_days,
                late_penalty_rate, recovery_indemnity_minor)
             VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                ?17, ?18, ?19, ?20, ?21, ?22)
             ON CONFLICT (id) DO UPDATE SET legal_name = excluded.legal_name,
                legal_form = excluded.legal_form, share_capital_minor = excluded.share_capital_minor,
                siren = excluded.siren, siret = excluded.siret, vat_number = excluded.vat_number,
                rcs = excluded.rcs, address_line1 = excluded.address_line1,
                address_line2 = excluded.address_line2, postal_code = excluded.postal_code,
                city = excluded.city, country = excluded.country, email = excluded.email,
                phone = excluded.phone, website = excluded.website, bank_name = excluded.bank_name,
                iban = excluded.iban, bic = excluded.bic,
                default_currency = excluded.default_currency,
                payment_terms_days = excluded.payment_terms_days,
                late_penalty_rate = excluded.late_penalty_rate,
                recovery_indemnity_minor = excluded.recovery_indemnity_minor",
            params![
                p.legal_name,
                p.legal_form,
                capital,
                p.siren,
                p.siret,
                p.vat_number,
                p.rcs,
                p.address.line1,
                p.address.line2,
                p.address.postal_code,
                p.address.city,
                p.address.country,
                p.email,
                p.phone,
                p.website,
                p.bank_name,
                p.iban,
                p.bic,
                p.default_currency.code(),
                p.payment_terms_days,
                p.late_penalty_rate.to_string(),
                indemnity,
            ],
        )?;
        Ok(())
    }

    /// The partner's logo (PNG bytes), printed on documents.
    pub fn partner_logo(&self) -> Result<Option<Vec<u8>>> {
        Ok(self
            .conn
            .query_row("SELECT logo_png FROM partner WHERE id = 1", [], |r| {
                r.get(0)
            })
            .optional()?
            .flatten())
    }

    /// Sets or removes the logo; the profile must exist.
    pub fn set_partner_logo(&self, png: Option<&[u8]>) -> Result<()> {
        let n = self
            .conn
            .execute("UPDATE partner SET logo_png = ?1 WHERE id = 1", [png])?;
        if n == 0 {
            return Err(StoreError::NotFound("partner"));
        }
        Ok(())
    }
}
