// Drawing a PDF in the window with PDF.js. The worker is bundled by Vite (`?url`) and
// served with the app, so the preview works offline. The legacy build runs on the
// older WebKit the app still targets (see vite.config.ts). Imported lazily: its
// half-megabyte loads when a preview is first shown, not at start-up.
import { GlobalWorkerOptions, getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import workerUrl from "pdfjs-dist/legacy/build/pdf.worker.min.mjs?url";

GlobalWorkerOptions.workerSrc = workerUrl;

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Renders every page of the PDF as a canvas `width` CSS pixels wide (sharp on HiDPI
 * screens) and appends them to `into`. Returns the number of pages.
 */
export async function renderPdf(bytes: Uint8Array, into: HTMLElement, width: number): Promise<number> {
  // PDF.js takes the buffer over (it is transferred to the worker): hand it a copy.
  const task = getDocument({ data: bytes.slice() });
  const doc = await task.promise;
  try {
    const ratio = window.devicePixelRatio || 1;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const natural = page.getViewport({ scale: 1 });
      const scale = width / natural.width;
      const viewport = page.getViewport({ scale: scale * ratio });
      const canvas = document.createElement("canvas");
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.style.width = `${Math.floor(width)}px`;
      canvas.style.height = `${Math.floor(natural.height * scale)}px`;
      canvas.setAttribute("aria-label", `${n} / ${doc.numPages}`);
      canvas.dataset.page = String(n);
      await page.render({ canvas, viewport }).promise;
      into.append(canvas);
      page.cleanup();
    }
    return doc.numPages;
  } finally {
    await task.destroy();
  }
}

/** Offers the PDF as a download, named as the backend named it. */
export function saveBytes(bytes: Uint8Array<ArrayBuffer>, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type: "application/pdf" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
