/**
 * What a rule is, validated with zod at every edge (UI, API, database load). Amounts are decimal strings
 * ("-12.30"), converted to the transaction's minor units when matched; days are "YYYY-MM-DD"; weekdays are
 * ISO numbers (1 = Monday … 7 = Sunday).
 */
import { z } from "zod";
import { isIsoDay } from "../../dates";
import { OPERATION_KINDS } from "../normalize/kinds";

export const MAX_PATTERN_LENGTH = 200;

const decimal = z.string().trim().regex(/^-?\d+(?:\.\d+)?$/, "a decimal amount like -12.30");
const isoDay = z.string().refine(isIsoDay, "a day as YYYY-MM-DD");
const text = z.string().min(1).max(MAX_PATTERN_LENGTH);

export const textConditionSchema = z.object({
  field: z.enum(["label", "payee", "rawLabel"]),
  op: z.enum(["contains", "startsWith", "equals", "regex"]),
  value: text,
});

export const conditionSchema = z.discriminatedUnion("field", [
  textConditionSchema.extend({ field: z.literal("label") }),
  textConditionSchema.extend({ field: z.literal("payee") }),
  textConditionSchema.extend({ field: z.literal("rawLabel") }),
  z.object({
    field: z.literal("amount"),
    op: z.enum(["equals", "range", "sign"]),
    value: decimal.optional(),
    min: decimal.optional(),
    max: decimal.optional(),
    sign: z.enum(["debit", "credit"]).optional(),
  }).superRefine((c, ctx) => {
    if (c.op === "equals" && c.value === undefined) ctx.addIssue({ code: "custom", message: "amount equals needs a value" });
    if (c.op === "range" && c.min === undefined && c.max === undefined) ctx.addIssue({ code: "custom", message: "amount range needs min or max" });
    if (c.op === "sign" && !c.sign) ctx.addIssue({ code: "custom", message: "amount sign needs debit or credit" });
  }),
  z.object({ field: z.literal("account"), op: z.literal("in"), values: z.array(z.string().min(1)).min(1) }),
  z.object({ field: z.literal("currency"), op: z.literal("equals"), value: z.string().regex(/^[A-Z]{3}$/) }),
  z.object({ field: z.literal("date"), op: z.literal("range"), from: isoDay.optional(), to: isoDay.optional() })
    .refine((c) => c.from !== undefined || c.to !== undefined, "date range needs from or to"),
  z.object({ field: z.literal("weekday"), op: z.literal("in"), values: z.array(z.number().int().min(1).max(7)).min(1) }),
  z.object({ field: z.literal("kind"), op: z.literal("in"), values: z.array(z.enum(OPERATION_KINDS as [string, ...string[]])).min(1) }),
]);

export const actionSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("setCategory"), categoryId: z.string().min(1).max(64) }),
  z.object({ type: z.literal("setPayee"), payee: z.string().trim().min(1).max(200) }),
  z.object({ type: z.literal("addTag"), tag: z.string().trim().min(1).max(50) }),
  z.object({ type: z.literal("markInternalTransfer") }),
]);

export const RULE_STAGES = ["pre", "default", "post"] as const;

export const ruleSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1).max(120),
  stage: z.enum(RULE_STAGES).default("default"),
  position: z.number().int().default(0),
  conditionsOp: z.enum(["and", "or"]).default("and"),
  conditions: z.array(conditionSchema).min(1).max(20),
  actions: z.array(actionSchema).min(1).max(20),
  isEnabled: z.boolean().default(true),
});

export type RuleCondition = z.infer<typeof conditionSchema>;
export type RuleAction = z.infer<typeof actionSchema>;
export type Rule = z.infer<typeof ruleSchema>;
export type RuleInput = z.input<typeof ruleSchema>;
