// Answers that may arrive out of order: every change of a date asks the backend again,
// and only the answer to the last question may land on the screen.

export type Latest = <T>(work: Promise<T>, ok: (value: T) => void, failed: (e: unknown) => void) => Promise<void>;

export function latestOnly(): Latest {
  let asked = 0;
  return async (work, ok, failed) => {
    const mine = ++asked;
    try {
      const value = await work;
      if (mine === asked) ok(value);
    } catch (e) {
      if (mine === asked) failed(e);
    }
  };
}
