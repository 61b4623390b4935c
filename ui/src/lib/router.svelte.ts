// Screen navigation as state: the app has one window and no URLs worth sharing,
// so a router library would add nothing but weight.
export type Route =
  | { name: "today" }
  | { name: "customers" }
  | { name: "customer"; id: number }
  | { name: "customer-new" }
  | { name: "customer-edit"; id: number }
  | { name: "invoices" }
  | { name: "invoice"; id: number }
  | { name: "billing-run" }
  | { name: "payments" }
  | { name: "payment"; id: number }
  | { name: "bank-import" }
  | { name: "partner-center" }
  | {
      name: "payment-new";
      /** Pre-filled from an invoice: its customer, its open amount, and the invoice. */
      customerId?: number;
      amount?: string;
      invoiceId?: number;
    }
  | { name: "products" }
  | { name: "product"; id: number }
  | { name: "product-new" }
  | { name: "reports" }
  | { name: "reconcile" }
  | { name: "statements-batch" }
  | {
      name: "collections";
      /** Shows the letters of this step only (the dashboard's step counts lead here). */
      step?: string;
      /** Scrolls to this card once the page has loaded (the dashboard's renewals). */
      card?: "renewals";
    }
  | { name: "policy" }
  | { name: "support" }
  | { name: "support-request"; id: number }
  | {
      name: "support-new";
      /** Pre-filled from a customer's page or an invoice. */
      customerId?: number;
      invoiceId?: number;
    }
  | { name: "support-report" }
  | { name: "support-plans" }
  | { name: "support-plan"; id: number | null }
  | { name: "settings" }
  | { name: "staff" }
  | {
      name: "audit";
      /** Opened filtered on one customer (from its page). */
      customerId?: number;
    };

export type Section =
  | "today"
  | "customers"
  | "invoices"
  | "payments"
  | "partner-center"
  | "collections"
  | "support"
  | "products"
  | "reports"
  | "reconcile"
  | "settings"
  | "staff"
  | "audit";

/** The home screen, where the window opens on a book. */
export const router = $state<{ route: Route }>({ route: { name: "today" } });

export function go(route: Route): void {
  router.route = route;
  // A new screen starts at its top, as a new page would.
  document.querySelector("main")?.scrollTo(0, 0);
}

export function sectionOf(route: Route): Section {
  switch (route.name) {
    case "today":
      return "today";
    case "customers":
    case "customer":
    case "customer-new":
    case "customer-edit":
      return "customers";
    case "invoices":
    case "invoice":
    case "billing-run":
      return "invoices";
    case "payments":
    case "payment":
    case "payment-new":
    case "bank-import":
      return "payments";
    case "products":
    case "product":
    case "product-new":
      return "products";
    case "collections":
    case "policy":
      return "collections";
    case "support":
    case "support-request":
    case "support-new":
      return "support";
    case "reports":
    case "statements-batch":
    case "support-report":
      return "reports";
    case "settings":
    case "support-plans":
    case "support-plan":
      return "settings";
    case "staff":
      return "staff";
    case "audit":
      return "audit";
    case "partner-center":
      return "partner-center";
    case "reconcile":
      return "reconcile";
  }
}
