// The window's words for dates: French first, English typed after it.
export const frDates = {
};

export const enDates: typeof frDates = {
};
