// The window's words for words: French first, English typed after it.
export const frWords = {
};

export const enWords: typeof frWords = {
};
