// A screen that follows a date field as it is typed: once the field holds a whole date,
// and 200 ms after the last keystroke, it asks the backend again.
import { isDate } from "./statements";

/** Call during a component's initialisation (it registers an effect). */
export function followDate(day: () => string, load: (day: string) => void): void {
  $effect(() => {
    const d = day().trim();
    if (!isDate(d)) return;
    const timer = setTimeout(() => load(d), 200);
    return () => clearTimeout(timer);
  });
}
