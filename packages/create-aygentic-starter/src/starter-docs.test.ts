import { describe, expect, test } from "vitest";
import { withOrigin, withoutStarterFigures } from "./starter-docs.js";

describe("withoutStarterFigures", () => {
  test("empties the latest run and keeps the sections around it", () => {
    const page =
      "# Perf\n\n## Method\n\nRun it.\n\n## Latest run\n\n| a | 1 |\n\n### Detail\n\n42\n\n## Meaning\n\nText.\n";
    expect(withoutStarterFigures(page)).toBe(
      "# Perf\n\n## Method\n\nRun it.\n\n## Latest run\n\nNone yet for this project: run `npm run bench` and paste the tables it prints here.\n\n## Meaning\n\nText.\n",
    );
  });

  test("empties a latest run that ends the page", () => {
    expect(withoutStarterFigures("# Perf\n\n## Latest run\n\n| a | 1 |\n")).not.toContain("| a | 1 |");
  });

  test("leaves a page without figures alone", () => {
    expect(withoutStarterFigures("# Perf\n\nNothing.\n")).toBe("# Perf\n\nNothing.\n");
  });
});

describe("withOrigin", () => {
  test("says where the project came from under its title", () => {
    expect(withOrigin("# Acme Portal\n\nText.\n", new Date("2026-11-30T10:00:00Z"))).toBe(
      "# Acme Portal\n\nGenerated from [create-aygentic-starter](https://www.npmjs.com/package/create-aygentic-starter) on 2026-11-30.\n\nText.\n",
    );
  });
});
