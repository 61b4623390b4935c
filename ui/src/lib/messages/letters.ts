// The window's words for letters: French first, English typed after it.
export const frLetters = {
};

export const enLetters: typeof frLetters = {
};
