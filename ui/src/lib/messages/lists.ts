// The window's words for lists: French first, English typed after it.
export const frLists = {
  "lists.col.balance": "Solde",
  "lists.col.overdue": "En retard",
  "lists.lateOnly": "En retard seulement",
  "lists.similar.title.one": "Un client semblable est déjà dans le dossier",
  "lists.similar.title.many": "{n} clients semblables sont déjà dans le dossier",
  "lists.similar.body": "Vérifiez qu’il ne s’agit pas du même client avant d’en créer un second :",
  "lists.similar.name": "même nom",
  "lists.similar.vat": "même numéro de TVA ({vat})",
  "lists.similar.both": "même nom et même numéro de TVA",
  "lists.similar.confirm": "Créer quand même",
  "lists.debtors.scale": "Barres à l’échelle du plus gros montant dû, par ancienneté",
  "lists.stmt.givenBack": "Règlements annulés et remboursements",
  "lists.cf.reference": "Référence de virement",
  "lists.cf.reference.help": "Ce que le client indique sur ses virements pour qu’on les reconnaisse. Vide\u202f: son numéro, C-00042.",
};

export const enLists: typeof frLists = {
  "lists.col.balance": "Balance",
  "lists.col.overdue": "Overdue",
  "lists.lateOnly": "Overdue only",
  "lists.similar.title.one": "A similar customer is already in the book",
  "lists.similar.title.many": "{n} similar customers are already in the book",
  "lists.similar.body": "Check it is not the same customer before creating a second one:",
  "lists.similar.name": "same name",
  "lists.similar.vat": "same VAT number ({vat})",
  "lists.similar.both": "same name and same VAT number",
  "lists.similar.confirm": "Create anyway",
  "lists.debtors.scale": "Bars scaled to the largest amount owed, by age",
  "lists.stmt.givenBack": "Reversed payments and refunds",
  "lists.cf.reference": "Transfer reference",
  "lists.cf.reference.help": "What the customer writes on its transfers so they are recognised. Empty: its number, C-00042.",
};
