import type { Plugin } from "vite";

const text = (source: string | Uint8Array): string =>
  typeof source === "string" ? source : new TextDecoder().decode(source);

const escapeForRegExp = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Writes the app's stylesheet into index.html as a `<style>` element, so the first paint waits for no stylesheet
 * request (the Content-Security-Policy allows inline styles, not inline scripts). The file itself stays in assets/,
 * where the Vite manifest names it.
 */
export const inlineStylesheet = (): Plugin => ({
  name: "aygentic:inline-stylesheet",
  apply: "build",
  enforce: "post",
  generateBundle(_options, bundle) {
    const page = bundle["index.html"];
    if (page?.type !== "asset") return;
    let html = text(page.source);
    for (const file of Object.values(bundle)) {
      if (file.type !== "asset" || !file.fileName.endsWith(".css")) continue;
      const css = text(file.source);
      if (css.includes("</style")) continue;
      const link = new RegExp(`<link rel="stylesheet"[^>]*href="/${escapeForRegExp(file.fileName)}"[^>]*>`);
      html = html.replace(link, () => `<style>${css}</style>`);
    }
    page.source = html;
  },
});
