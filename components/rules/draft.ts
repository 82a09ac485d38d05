/**
 * The rule editor's working copy: loose rows the user edits, turned into the schema's shape on submit
 * (empty inputs dropped so zod reports "needs a value" instead of "invalid string").
 */
export type Row = Record<string, unknown> & { key: number };

export interface EditorDraft {
  name: string;
  stage: string;
  conditionsOp: string;
  isEnabled: boolean;
  conditions: Row[];
  actions: Row[];
}

let nextKey = 1;
export function withKey(row: Record<string, unknown>): Row {
  return { ...row, key: nextKey++ };
}

export const CONDITION_FIELDS = ["label", "payee", "rawLabel", "amount", "account", "currency", "date", "weekday"] as const;
export const ACTION_TYPES = ["setCategory", "setPayee", "addTag", "markInternalTransfer"] as const;

export function defaultCondition(field: string): Record<string, unknown> {
  switch (field) {
    case "amount": return { field, op: "sign", sign: "debit" };
    case "account": return { field, op: "in", values: [] };
    case "currency": return { field, op: "equals", value: "EUR" };
    case "date": return { field, op: "range", from: "", to: "" };
    case "weekday": return { field, op: "in", values: [] };
    default: return { field, op: "contains", value: "" };
  }
}

export function defaultAction(type: string, firstCategoryId: string): Record<string, unknown> {
  switch (type) {
    case "setCategory": return { type, categoryId: firstCategoryId };
    case "setPayee": return { type, payee: "" };
    case "addTag": return { type, tag: "" };
    default: return { type };
  }
}

function clean(row: Row): Record<string, unknown> {
  const { key: _key, ...rest } = row;
  return Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== "" && value !== undefined));
}

export function serializeDraft(draft: EditorDraft): string {
  return JSON.stringify({
    name: draft.name, stage: draft.stage, conditionsOp: draft.conditionsOp, isEnabled: draft.isEnabled,
    conditions: draft.conditions.map(clean), actions: draft.actions.map(clean),
  });
}

/** The errors of one row (and of its inner fields), keyed by path "conditions.0…". */
export function rowErrors(fieldErrors: Record<string, string>, prefix: string): string[] {
  return Object.entries(fieldErrors).filter(([path]) => path === prefix || path.startsWith(`${prefix}.`)).map(([, message]) => message);
}
