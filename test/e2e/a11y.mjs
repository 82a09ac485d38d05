// The automated accessibility check of every journey page: axe-core (node_modules/axe-core/axe.min.js) injected
// into the page as it is, WCAG 2.x A/AA rules plus axe's best practices. Only serious and critical findings fail
// a journey (minor/moderate ones are often judgement calls); each finding is one compact line.
import { createRequire } from "node:module";

const AXE_PATH = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const FAILING_IMPACTS = new Set(["serious", "critical"]);
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/**
 * Runs axe on the page's current state; returns its violations, one entry per rule and element, `isFailing` for
 * the serious/critical ones.
 */
export async function auditPage(page) {
  const hasAxe = await page.evaluate(() => typeof window.axe === "object");
  if (!hasAxe) await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(" "), impact: n.impact, summary: n.failureSummary?.split("\n").slice(0, 2).join(" ") })),
    }));
  }, TAGS);
  const findings = [];
  for (const v of violations) {
    for (const node of v.nodes) {
      const impact = node.impact ?? v.impact;
      findings.push({ rule: v.id, impact, help: v.help, target: node.target, summary: node.summary, isFailing: FAILING_IMPACTS.has(impact) });
    }
  }
  return findings;
}

/**
 * Findings from several pages and sizes, merged by rule, element and page: "color-contrast [serious] .badge on
 * /connections (desktop, phone): Fix any of the following: Element has insufficient color contrast…".
 */
export class A11yLog {
  entries = new Map();
  /** Minor and moderate findings, which do not fail: rule → { impact, pages }; kept across journeys (clear() keeps them). */
  advisories = new Map();

  add(findings, pathname, size) {
    for (const f of findings) {
      if (!f.isFailing) {
        const advisory = this.advisories.get(f.rule) ?? { impact: f.impact, pages: new Set() };
        advisory.pages.add(pathname);
        this.advisories.set(f.rule, advisory);
        continue;
      }
      const key = `${f.rule}|${f.target}|${pathname}`;
      const entry = this.entries.get(key) ?? { ...f, pathname, sizes: new Set() };
      entry.sizes.add(size);
      this.entries.set(key, entry);
    }
  }

  get count() {
    return this.entries.size;
  }

  lines(limit = 25) {
    const all = [...this.entries.values()].map((e) => `${e.rule} [${e.impact}] ${e.target} on ${e.pathname} (${[...e.sizes].join(", ")})${e.summary ? `: ${e.summary.slice(0, 160)}` : ""}`);
    return all.length > limit ? [...all.slice(0, limit), `… and ${all.length - limit} more`] : all;
  }

  clear() {
    this.entries.clear();
  }

  /** "region [moderate] on 3 pages, …" */
  advisorySummary() {
    return [...this.advisories].map(([rule, a]) => `${rule} [${a.impact}] on ${a.pages.size} page${a.pages.size > 1 ? "s" : ""} (${[...a.pages].slice(0, 3).join(", ")}${a.pages.size > 3 ? ", …" : ""})`);
  }
}
