import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";

// Tauri serves the built files itself; the dev server must stay on the port
// src-tauri's devUrl names, so a busy port is an error rather than a silent move.
export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  envPrefix: ["VITE_", "TAURI_"],
  server: {
    port: 5173,
    strictPort: true,
    watch: { ignored: ["**/src-tauri/**"] },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // WebKitGTK and WKWebView lag behind Chromium: stay on what Safari 15 runs.
    target: "safari15",
    sourcemap: false,
    // PDF.js (the invoice preview) is one lazily loaded chunk of ~540 kB; nothing else
    // comes close, so the warning is set just above it.
    chunkSizeWarningLimit: 600,
  },
});
