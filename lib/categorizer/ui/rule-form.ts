/**
 * The rule editor posts its draft as JSON; this validates it with the categorizer's own schema and turns
 * zod issues into field errors keyed by path ("conditions.0.value"), so each row shows its own problem.
 */
import { AppError } from "../../errors";
import { compileRule, ruleSchema, type Rule } from "../rules";

export type RuleDraft = Omit<Rule, "id">;

export type ParsedRuleDraft = { isValid: true; rule: RuleDraft } | { isValid: false; fieldErrors: Record<string, string>; error?: string };

export function parseRuleDraft(json: string): ParsedRuleDraft {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { isValid: false, fieldErrors: {}, error: "The rule could not be read. Reload the page and try again." };
  }
  const parsed = ruleSchema.safeParse({ ...(value as object), id: "draft" });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path.join(".") || "rule";
      fieldErrors[key] ??= issue.message;
    }
    return { isValid: false, fieldErrors };
  }
  const { id: _id, ...rule } = parsed.data;
  try {
    compileRule({ ...rule, id: "draft" });
  } catch (error) {
    // A regex that does not compile or could be very slow: the schema cannot see it, the compiler can.
    if (error instanceof AppError) return { isValid: false, fieldErrors: regexFieldErrors(rule), error: error.userMessage };
    throw error;
  }
  return { isValid: true, rule };
}

function regexFieldErrors(rule: RuleDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  rule.conditions.forEach((c, i) => {
    if ("op" in c && c.op === "regex") {
      try {
        compileRule({ ...rule, id: "draft", conditions: [c] });
      } catch (error) {
        errors[`conditions.${i}.value`] = (error as Error).message;
      }
    }
  });
  return errors;
}
