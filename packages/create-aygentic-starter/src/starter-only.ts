/**
 * What belongs to the starter itself and is not copied into a new project (docs/guides/starting-a-project.md):
 * this creator and its guide, the starter's screenshots (they show its name; `npm run screenshots` makes yours) and
 * its changelog. Lines of kept files can be marked starter-only too (starter-blocks.ts).
 */
const starterOnly: readonly RegExp[] = [
  /^packages\/create-aygentic-starter\//,
  /^docs\/guides\/starting-a-project\.md$/,
  /^docs\/screenshots\/[^/]+\.png$/,
  /^CHANGELOG(\.md)?$/i,
];

/** Never part of a project's source, whatever lists them: installs, builds, local data, test output, secrets. */
const generated: readonly RegExp[] = [
  /(^|\/)node_modules\//,
  /(^|\/)\.git\//,
  /(^|\/)dist\//,
  /^\.data\//,
  /^coverage\//,
  /(^|\/)test-results\//,
  /(^|\/)playwright-report\//,
  /^bench\/results\//,
  /(^|\/)\.env$/,
];

/** Whether a repository path (POSIX separators) is copied into a new project. */
export const belongsInNewProject = (path: string): boolean =>
  ![...starterOnly, ...generated].some((pattern) => pattern.test(path));
