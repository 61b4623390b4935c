// The window's words for payments: French first, English typed after it.
export const frPayments = {
};

export const enPayments: typeof frPayments = {
};
