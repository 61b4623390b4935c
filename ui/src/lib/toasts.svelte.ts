// Short confirmations after a save; they fade on their own, errors stay in forms.
export type Toast = { id: number; text: string; kind: "success" | "error" };

export const toasts = $state<{ list: Toast[] }>({ list: [] });

let next = 1;

export function toast(text: string, kind: Toast["kind"] = "success"): void {
  const id = next++;
  toasts.list.push({ id, text, kind });
  setTimeout(() => dismiss(id), 4000);
}

export function dismiss(id: number): void {
  toasts.list = toasts.list.filter((t) => t.id !== id);
}
