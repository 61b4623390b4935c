// The window's words for letters: French first, English typed after it.
export const frLetters = {
  "letters.coming": "à échoir\u202f:",
  "letters.signatory.title": "Signataire des lettres",
  "letters.signatory.help": "Le nom et la fonction imprimés sous chaque lettre aux clients, au-dessus du nom de votre société. Sans nom, les lettres sont signées «\u202fLe service comptabilité\u202f».",
  "letters.signatory.name": "Nom",
  "letters.signatory.role": "Fonction",
  "letters.signatory.role.help": "Par exemple «\u202fresponsable administrative\u202f».",
  "letters.signatory.saved": "Signataire enregistré",
};

export const enLetters: typeof frLetters = {
  "letters.coming": "coming due:",
  "letters.signatory.title": "Who signs the letters",
  "letters.signatory.help": "The name and title printed under every letter to customers, above your company's name. Without a name, letters are signed “Accounts department”.",
  "letters.signatory.name": "Name",
  "letters.signatory.role": "Title",
  "letters.signatory.role.help": "For example “Office manager”.",
  "letters.signatory.saved": "Signatory saved",
};
