import { createReadStream } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Router } from "@koa/router";
import type { Config } from "../../config.js";
import { openApiDocument } from "./openapi-document.js";

const swaggerUiDir = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
const swaggerAssets = ["swagger-ui.css", "swagger-ui-bundle.js", "oauth2-redirect.js", "favicon-32x32.png"];
// Pinned to one release, with the sha384 of that release's npm file (jsDelivr serves it byte for byte): a
// compromised or changed CDN file is refused by the browser instead of running next to a logged-in session.
const redocBundle = {
  url: "https://cdn.jsdelivr.net/npm/redoc@2.5.4/bundles/redoc.standalone.js",
  integrity: "sha384-w447zOpYfw/1Tv/5AK9NfHTlQIqE3RVR6KY62jCyy9zNDgO64cMwGGP1Fj0zJVf5",
};

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

const swaggerPage = (title: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)} - Swagger UI</title>
<link rel="stylesheet" href="/docs/swagger-ui.css">
<link rel="icon" type="image/png" href="/docs/favicon-32x32.png">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/docs/swagger-ui-bundle.js"></script>
<script src="/docs/swagger-init.js"></script>
</body>
</html>`;

// A separate script, not an inline one, so the page passes a CSP without 'unsafe-inline' scripts.
const swaggerInit = (specUrl: string) => `window.ui = SwaggerUIBundle({
  url: ${JSON.stringify(specUrl)},
  dom_id: "#swagger-ui",
  layout: "BaseLayout",
  deepLinking: true,
  showExtensions: true,
  showCommonExtensions: true,
  validatorUrl: null,
  oauth2RedirectUrl: window.location.origin + "/docs/oauth2-redirect",
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIBundle.SwaggerUIStandalonePreset],
});
`;

const redocPage = (title: string, specUrl: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} - ReDoc</title>
<style>body { margin: 0; padding: 0; }</style>
</head>
<body>
<redoc spec-url="${escapeHtml(specUrl)}"></redoc>
<script src="${redocBundle.url}" integrity="${redocBundle.integrity}" crossorigin="anonymous"></script>
</body>
</html>`;

const redocCsp = [
  "default-src 'self'",
  `script-src 'self' ${redocBundle.url}`,
  "style-src 'self' 'unsafe-inline' https://fonts.googleapis.com",
  "font-src 'self' data: https://fonts.gstatic.com",
  "img-src 'self' data: https://cdn.redoc.ly",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** OpenAPI JSON, Swagger UI (served from swagger-ui-dist, OAuth2 password flow) and ReDoc. */
export function registerDocs(router: Router, config: Config): void {
  const specUrl = `${config.apiV1Str}/openapi.json`;
  const document = openApiDocument(config);
  router.get(specUrl, (ctx) => {
    ctx.body = document;
  });
  router.get("/docs", (ctx) => {
    ctx.type = "html";
    ctx.body = swaggerPage(config.projectName);
  });
  router.get("/docs/swagger-init.js", (ctx) => {
    ctx.type = "application/javascript";
    ctx.body = swaggerInit(specUrl);
  });
  router.get("/docs/oauth2-redirect", (ctx) => {
    ctx.type = "html";
    ctx.body = createReadStream(join(swaggerUiDir, "oauth2-redirect.html"));
  });
  for (const asset of swaggerAssets) {
    router.get(`/docs/${asset}`, (ctx) => {
      ctx.type = asset.split(".").pop() ?? "";
      ctx.set("Cache-Control", "public, max-age=86400");
      ctx.body = createReadStream(join(swaggerUiDir, asset));
    });
  }
  router.get("/redoc", (ctx) => {
    ctx.type = "html";
    ctx.set("Content-Security-Policy", redocCsp);
    ctx.body = redocPage(config.projectName, specUrl);
  });
}
