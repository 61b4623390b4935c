// A blank payment as the form starts it, and the form's text fields as the contract's
// PaymentForm (whose customer id is a number).
import type { PaymentForm } from "./bindings";
import { normalized, typedAmount } from "./amounts";

export type PaymentDraft = Omit<PaymentForm, "customer_id"> & { customer_id: string };

export const PAYMENT_FIELDS = ["customer_id", "received_on", "amount", "currency", "method", "reference"] as const;

export const newPayment = (today: string, customerId?: number, amount?: string, currency = "EUR"): PaymentDraft => ({
  customer_id: customerId === undefined ? "" : String(customerId),
  received_on: today,
  amount: amount === undefined ? "" : typedAmount(amount),
  currency,
  method: "transfer",
  reference: "",
});

export function toPaymentForm(d: PaymentDraft): PaymentForm {
  return { ...d, customer_id: Number(d.customer_id) || 0, amount: normalized(d.amount), reference: d.reference.trim() };
}
