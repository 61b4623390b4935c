// The window's words for words: French first, English typed after it.
export const frWords = {
  "credit.reason": "Motif de l’avoir",
  "credit.reason.help": "Imprimé sur l’avoir : ce que le client lira (licences résiliées, erreur de quantité…).",
};

export const enWords: typeof frWords = {
  "credit.reason": "Reason for the credit note",
  "credit.reason.help": "Printed on the credit note: what the customer will read (cancelled licences, wrong quantity…).",
};
