/**
 * A validated rule → a predicate over a transaction, built once (regexes compiled, values folded) so that
 * applying hundreds of rules to a large import stays cheap.
 */
import { toMinor } from "../../money";
import { dayNumber } from "../../dates";
import { foldLabel, type OperationKind } from "../normalize";
import { compileSafeRegex, MAX_SUBJECT_LENGTH } from "./safeRegex";
import { ruleSchema, RULE_STAGES, type Rule, type RuleAction, type RuleCondition, type RuleInput } from "./schema";
import { AppError } from "../../errors";

/** What rules look at: the transaction as categorization sees it (payee may be renamed by earlier rules). */
export interface RuleSubject {
  rawLabel: string;
  label: string;
  payee: string | null;
  amountMinor: bigint;
  currency: string;
  date: string;
  accountId: string | null;
  kind: OperationKind;
}

export interface CompiledRule {
  id: string;
  name: string;
  stage: Rule["stage"];
  position: number;
  actions: readonly RuleAction[];
  matches(subject: RuleSubject): boolean;
}

type Predicate = (subject: RuleSubject) => boolean;

function textOf(subject: RuleSubject, field: "label" | "payee" | "rawLabel"): string {
  const value = field === "payee" ? subject.payee ?? "" : subject[field];
  return value.length > MAX_SUBJECT_LENGTH ? value.slice(0, MAX_SUBJECT_LENGTH) : value;
}

/** Text is compared case- and accent-insensitively (regexes: case-insensitively, on the text as shown). */
function compileText(condition: Extract<RuleCondition, { field: "label" | "payee" | "rawLabel" }>): Predicate {
  const { field, op, value } = condition;
  if (op === "regex") {
    const regex = compileSafeRegex(value);
    return (s) => regex.test(textOf(s, field));
  }
  const needle = foldLabel(value);
  if (op === "equals") return (s) => foldLabel(textOf(s, field)) === needle;
  if (op === "startsWith") return (s) => foldLabel(textOf(s, field)).startsWith(needle);
  return (s) => foldLabel(textOf(s, field)).includes(needle);
}

/** Amount limits are decimals: converted per currency once, then compared as minor units. */
function minorFor(value: string): (currency: string) => bigint {
  const cache = new Map<string, bigint>();
  return (currency) => {
    let minor = cache.get(currency);
    if (minor === undefined) {
      try {
        minor = toMinor(value, currency);
      } catch {
        // "12.345" cannot be an EUR amount: compare at the finest precision that is exact (never matches equals).
        minor = BigInt(Number.MAX_SAFE_INTEGER);
      }
      cache.set(currency, minor);
    }
    return minor;
  };
}

function compileCondition(condition: RuleCondition): Predicate {
  switch (condition.field) {
    case "label":
    case "payee":
    case "rawLabel":
      return compileText(condition);
    case "amount": {
      if (condition.op === "sign") return condition.sign === "credit" ? (s) => s.amountMinor > 0n : (s) => s.amountMinor < 0n;
      if (condition.op === "equals") {
        const target = minorFor(condition.value!);
        return (s) => s.amountMinor === target(s.currency);
      }
      const min = condition.min === undefined ? null : minorFor(condition.min);
      const max = condition.max === undefined ? null : minorFor(condition.max);
      return (s) => (!min || s.amountMinor >= min(s.currency)) && (!max || s.amountMinor <= max(s.currency));
    }
    case "account": {
      const ids = new Set(condition.values);
      return (s) => s.accountId !== null && ids.has(s.accountId);
    }
    case "currency":
      return (s) => s.currency === condition.value;
    case "date": {
      const { from, to } = condition;
      return (s) => (!from || s.date >= from) && (!to || s.date <= to);
    }
    case "weekday": {
      const days = new Set(condition.values);
      // 1970-01-01 was a Thursday (ISO 4).
      return (s) => days.has((((dayNumber(s.date) + 3) % 7) + 7) % 7 + 1);
    }
    case "kind": {
      const kinds = new Set<string>(condition.values);
      return (s) => kinds.has(s.kind);
    }
  }
}

/** Validates (zod) and compiles; an invalid rule is one AppError naming the rule and the problem. */
export function compileRule(input: RuleInput | Rule): CompiledRule {
  const parsed = ruleSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = typeof (input as { name?: unknown }).name === "string" ? (input as { name: string }).name : "(unnamed)";
    throw new AppError("INVALID_INPUT", `Rule "${name}": ${issue?.path.join(".") ?? ""} ${issue?.message ?? "invalid"}`.trim(), { details: parsed.error.issues });
  }
  const rule = parsed.data;
  const predicates = rule.conditions.map(compileCondition);
  const matches: Predicate = rule.conditionsOp === "or" ? (s) => predicates.some((p) => p(s)) : (s) => predicates.every((p) => p(s));
  return { id: rule.id, name: rule.name, stage: rule.stage, position: rule.position, actions: rule.actions, matches };
}

/** Stage order (pre, default, post), then position, then id: the order rules are applied in. */
export function sortRules<T extends { stage: Rule["stage"]; position: number; id: string }>(rules: readonly T[]): T[] {
  return [...rules].sort((a, b) => RULE_STAGES.indexOf(a.stage) - RULE_STAGES.indexOf(b.stage) || a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
