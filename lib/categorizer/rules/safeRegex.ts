/**
 * User regexes run on every imported row, so they are length-capped, compiled once, and patterns prone to
 * catastrophic backtracking (a quantified group that itself contains a quantifier or an alternation, e.g.
 * "(a+)+", "(\w*)*", "(a|aa)+", or back-references) are refused. The input is also capped, bounding the work per match.
 */
import { AppError } from "../../errors";
import { MAX_PATTERN_LENGTH } from "./schema";

export const MAX_SUBJECT_LENGTH = 500;

const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[+*}|](?:[^()\\]|\\.)*\)\s*(?:[+*]|\{\d+,?\d*\})/;
const BACK_REFERENCE = /\\[1-9]|\\k</;

export function compileSafeRegex(pattern: string): RegExp {
  if (pattern.length > MAX_PATTERN_LENGTH) throw new AppError("INVALID_INPUT", `Regex longer than ${MAX_PATTERN_LENGTH} characters`);
  if (NESTED_QUANTIFIER.test(pattern) || BACK_REFERENCE.test(pattern)) {
    throw new AppError("INVALID_INPUT", `Regex "${pattern}" could be very slow (nested quantifier or back-reference)`, {
      userMessage: "This pattern could be very slow: avoid repeating a group that already repeats (like (a+)+).",
    });
  }
  try {
    return new RegExp(pattern, "iu");
  } catch (error) {
    throw new AppError("INVALID_INPUT", `Invalid regex "${pattern}": ${(error as Error).message}`, { userMessage: `Invalid pattern: ${pattern}` });
  }
}
