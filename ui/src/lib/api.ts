// The one door to the Rust side: every command goes through `call`, so argument
// names and result types are checked against the generated contract in bindings.ts.
// The commands themselves (`api.customersList()`, ...) are generated from their one
// declaration in Rust; this file adds only the error shaping and the events.
import { invoke } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
import { getCurrentWebview } from "@tauri-apps/api/webview";
import { commands, type Commands, type ErrorView, type Events, type FieldMessage } from "./bindings";

/** A failed command, always shaped like the backend's ErrorView. */
export class ApiError extends Error implements ErrorView {
  code: string;
  fields: FieldMessage[];

  constructor(view: ErrorView) {
    super(view.message);
    this.name = "ApiError";
    this.code = view.code;
    this.fields = view.fields;
  }
}

function isErrorView(v: unknown): v is ErrorView {
  if (typeof v !== "object" || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o.code === "string" && typeof o.message === "string";
}

/** Whatever was thrown (ErrorView, Error, string from the IPC layer) as an ApiError. */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (isErrorView(e)) {
    return new ApiError({
      code: e.code,
      message: e.message,
      fields: Array.isArray(e.fields) ? e.fields : [],
    });
  }
  const message = e instanceof Error ? e.message : typeof e === "string" ? e : String(e);
  return new ApiError({ code: "ipc", message, fields: [] });
}

/**
 * Told when the shell refuses a command because nobody is signed in any more (an account
 * deactivated meanwhile) or the window is locked; `session.svelte.ts` shows the screen.
 */
export const sessionRefusals: { on: (code: "not_signed_in" | "locked" | "account_deactivated") => void } = {
  on: () => {},
};

export async function call<K extends keyof Commands>(
  name: K,
  args: Commands[K]["args"],
): Promise<Commands[K]["returns"]> {
  try {
    return await invoke<Commands[K]["returns"]>(name, args);
  } catch (e) {
    const err = toApiError(e);
    if (err.code === "not_signed_in" || err.code === "locked" || err.code === "account_deactivated") {
      sessionRefusals.on(err.code);
    }
    throw err;
  }
}

/** Every declared command, typed; see bindings.ts. */
export const api = commands(call);

/** Follows a window event as the backend sends it; call the result to stop listening. */
export async function on<K extends keyof Events>(
  name: K,
  handler: (payload: Events[K]) => void,
): Promise<() => void> {
  return listen<Events[K]>(name, (event) => handler(event.payload));
}

/**
 * Follows files dragged over the window and dropped on it: what is happening and how many
 * files. The paths stay with the shell, which keeps the file dropped (`partnerCenterFileDropped`).
 */
export async function onFileDrag(handler: (what: "over" | "drop" | "leave", files: number) => void): Promise<() => void> {
  return getCurrentWebview().onDragDropEvent((event) => {
    const p = event.payload;
    if (p.type === "enter") handler("over", p.paths.length);
    else if (p.type === "drop") handler("drop", p.paths.length);
    else if (p.type === "leave") handler("leave", 0);
  });
}
