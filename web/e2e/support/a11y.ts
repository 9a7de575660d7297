import { AxeBuilder } from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const blocking = new Set(["serious", "critical"]);

/** Runs axe on the current page and fails on any serious or critical violation, listing the offending nodes. */
export async function expectNoSeriousA11yViolations(page: Page, context = ""): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const violations = results.violations
    .filter((violation) => blocking.has(violation.impact ?? ""))
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => `${node.target.join(" ")} — ${node.failureSummary ?? ""}`),
    }));
  expect(violations, `axe violations on ${context || page.url()}`).toEqual([]);
}
