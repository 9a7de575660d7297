const latestRun = /^## Latest run\n[\s\S]*?(?=^## |(?![\s\S]))/m;

/** docs/performance.md without the starter's figures: they measured the starter, on its machine. */
export const withoutStarterFigures = (markdown: string): string =>
  markdown.replace(
    latestRun,
    "## Latest run\n\nNone yet for this project: run `npm run bench` and paste the tables it prints here.\n\n",
  );

/** The README's first heading followed by where the project came from. */
export function withOrigin(readme: string, created: Date): string {
  const origin = `Generated from [create-aygentic-starter](https://www.npmjs.com/package/create-aygentic-starter) on ${created.toISOString().slice(0, 10)}.`;
  return readme.replace(/^(# .*\n)/, `$1\n${origin}\n`);
}
