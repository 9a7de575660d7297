/** The dependency rule of ARCHITECTURE.md §1, enforced by `npm run lint`. */
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
