import { describe, expect, it } from "vitest";
import { inlineStylesheet } from "./inline-stylesheet.js";

type Asset = { type: "asset"; fileName: string; source: string | Uint8Array };
type GenerateBundle = (this: unknown, options: unknown, bundle: Record<string, Asset>) => void;

const asset = (fileName: string, source: string | Uint8Array): Asset => ({ type: "asset", fileName, source });

const build = (bundle: Record<string, Asset>): string => {
  (inlineStylesheet().generateBundle as GenerateBundle).call({}, {}, bundle);
  return String(bundle["index.html"]?.source);
};

describe("inlineStylesheet", () => {
  it("replaces the stylesheet link of index.html by the stylesheet itself and keeps the file", () => {
    const css = new TextEncoder().encode(".dark{color:#fafafa}");
    const bundle = {
      "index.html": asset(
        "index.html",
        '<head><script type="module" crossorigin src="/assets/index-1.js"></script>' +
          '<link rel="stylesheet" crossorigin href="/assets/index-2.css"></head>',
      ),
      "assets/index-2.css": asset("assets/index-2.css", css),
    };
    expect(build(bundle)).toBe(
      '<head><script type="module" crossorigin src="/assets/index-1.js"></script><style>.dark{color:#fafafa}</style></head>',
    );
    expect(bundle["assets/index-2.css"]).toBeDefined();
  });

  it("leaves a stylesheet that could close the style element early as a link", () => {
    const html = '<link rel="stylesheet" href="/assets/odd.css">';
    const bundle = {
      "index.html": asset("index.html", html),
      "assets/odd.css": asset("assets/odd.css", 'a::after{content:"</style>"}'),
    };
    expect(build(bundle)).toBe(html);
  });
});
