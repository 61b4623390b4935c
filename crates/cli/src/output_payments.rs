//! What `payments reverse` and `payments refund` print.

use ardoise_app::domain::words::tr;
use ardoise_app::transport_invoicing::PaymentView;
use ardoise_app::transport_payments::RefundView;

use crate::output::{json, Out};

impl Out {
    /// The reversal in a sentence, then the payment as it stands.
    pub fn reversed(&self, p: &PaymentView) {
        if self.json {
            return json(p);
        }
        if let Some(r) = &p.reversal {
            outln!(
                "{}",
                tr!(
                    self.lang,
                    PAYMENT_REVERSED,
                    on = self.date(&r.reversed_on),
                    reason = r.reason.as_str()
                )
            );
        }
        self.payments(std::slice::from_ref(p));
    }

    pub fn refunded(&self, r: &RefundView) {
        if self.json {
            return json(r);
        }
        outln!(
            "{}",
            tr!(
                self.lang,
                REFUND_RECORDED,
                amount = self.money(&Some(r.amount.clone())),
                on = self.date(&r.refunded_on)
            )
        );
    }
}
