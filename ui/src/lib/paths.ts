// File paths as the backend reports them: "/" on Linux and macOS, "\" on Windows.

const separator = (path: string) => (path.includes("\\") && !path.includes("/") ? "\\" : "/");

/** The folder a file is in: "/a/b/c.pdf" → "/a/b". */
export function dirname(path: string): string {
  const i = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
  return i > 0 ? path.slice(0, i) : path;
}

/** The file's own name: "/a/b/c.pdf" → "c.pdf". */
export function basename(path: string): string {
  return path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
}

/** `parts` below `dir`, with the separator `dir` already uses. */
export function join(dir: string, ...parts: string[]): string {
  const sep = separator(dir);
  return [dir.replace(/[\\/]+$/, ""), ...parts].join(sep);
}
