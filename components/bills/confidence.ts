/**
 * How sure the matcher was of a link, in words. The stored score is the assignment's edge weight (EDGE_BASE plus
 * up to 470 quality points, lib/reconcile/score.ts), which means nothing to a person as a number. Pure.
 */
import { EDGE_BASE, STRONG_REFERENCE_POINTS } from "../../lib/reconcile/score";
import type { MessageKey } from "../../lib/i18n";

export type MatchConfidence = "reference" | "high" | "medium" | "low" | "manual";

/** Points of an exact amount on a day close to the bill's date (amount 50 + date ≥ 70 of 100). */
const HIGH_POINTS = 120;
/** Exact amount, date in the window's nearer half. */
const MEDIUM_POINTS = 100;

export function matchConfidence(score: number | null): MatchConfidence {
  if (score === null) return "manual";
  const quality = score >= EDGE_BASE ? score - EDGE_BASE : score;
  if (quality >= STRONG_REFERENCE_POINTS) return "reference";
  if (quality >= HIGH_POINTS) return "high";
  if (quality >= MEDIUM_POINTS) return "medium";
  return "low";
}

export function confidenceKey(score: number | null): MessageKey {
  return `bills.confidence.${matchConfidence(score)}`;
}
