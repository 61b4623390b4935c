// Blank forms as a new record starts: the usual case for a French partner.
import type { ContactForm, CustomerForm, PartnerForm, PriceForm, ProductForm, SubscriptionForm } from "./bindings";

export const newCustomer = (): CustomerForm => ({
  legal_name: "",
  vat_number: "",
  country: "FR",
  address_line1: "",
  address_line2: "",
  postal_code: "",
  city: "",
  language: "fr",
  currency: "EUR",
  payment_terms_days: "30",
  tenant_id: "",
  domain: "",
  support_plan: "",
  status: "active",
  notes: "",
  reference: "",
});

export const newContact = (): ContactForm => ({ role: "billing", name: "", email: "", phone: "" });

export const newSubscription = (today: string): SubscriptionForm => ({
  product_id: "",
  quantity: "1",
  term: "annual",
  billing_frequency: "monthly",
  start_date: today,
  renewal_date: "",
  auto_renew: true,
  status: "active",
  pc_subscription_id: "",
});

export const newProduct = (): ProductForm => ({ ms_product_id: "", ms_sku_id: "0001", name: "", unit: "user" });

export const newPrice = (today: string, currency = "EUR"): PriceForm => ({
  currency,
  effective_from: today,
  partner_cost: "",
  resale_price: "",
  markup_percent: "",
});

export const blankPartner = (): PartnerForm => ({
  legal_name: "",
  legal_form: "",
  share_capital: "",
  siren: "",
  siret: "",
  vat_number: "",
  rcs: "",
  address_line1: "",
  address_line2: "",
  postal_code: "",
  city: "",
  country: "FR",
  email: "",
  phone: "",
  website: "",
  bank_name: "",
  iban: "",
  bic: "",
  default_currency: "EUR",
  payment_terms_days: "30",
  late_penalty_rate: "",
  recovery_indemnity: "40",
});
