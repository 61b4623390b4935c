// The window's words for lists: French first, English typed after it.
export const frLists = {
};

export const enLists: typeof frLists = {
};
