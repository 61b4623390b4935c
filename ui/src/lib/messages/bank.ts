// The window's words for bank: French first, English typed after it.
export const frBank = {
};

export const enBank: typeof frBank = {
};
