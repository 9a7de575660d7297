/** The dependency rules of docs/architecture/overview.md, enforced by `npm run lint`. */
module.exports = {
  forbidden: [
    {
      name: "core-is-pure",
      comment: "core/ imports only core/: no npm package, no node: module, no adapter, no web code.",
      severity: "error",
      from: { path: "^core/", pathNot: "\\.test\\.ts$" },
      to: { pathNot: "^core/" },
    },
    {
      name: "core-uses-no-builtins",
      comment: "core/ must not use Node built-ins.",
      severity: "error",
      from: { path: "^core/", pathNot: "\\.test\\.ts$" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "adapters-do-not-import-web",
      severity: "error",
      from: { path: "^adapters/" },
      to: { path: "^web/" },
    },
    {
      name: "web-talks-to-the-api-only",
      comment: "The SPA reaches the backend through the generated client, never through its modules.",
      severity: "error",
      from: { path: "^web/" },
      to: { path: "^(core|adapters)/" },
    },
    {
      name: "http-sees-port-errors-not-drivers",
      comment:
        "adapters/http answers domain and port errors; persistence maps its driver's errors (portErrorOf), handed over by the composition root.",
      severity: "error",
      from: { path: "^adapters/http/", pathNot: "\\.test\\.ts$" },
      to: { path: "^adapters/persistence/" },
    },
    {
      name: "observability-does-not-know-http",
      comment:
        "Metrics and tracing get what they need from the composition root or a neutral module, never from adapters/http.",
      severity: "error",
      from: { path: "^adapters/observability/" },
      to: { path: "^adapters/http/" },
    },
    {
      name: "creator-stands-outside-the-app",
      comment: "The creator tests the project it packages from outside: it imports none of the app's modules.",
      severity: "error",
      from: { path: "^packages/create-aygentic-starter/" },
      to: { path: "^(core|adapters|web)/" },
    },
    {
      name: "no-circular",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(generated|dist)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"] },
  },
};
