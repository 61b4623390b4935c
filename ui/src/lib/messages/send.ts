// The window's words for send: French first, English typed after it.
export const frSend = {
};

export const enSend: typeof frSend = {
};
