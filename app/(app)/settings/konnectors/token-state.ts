import type { ActionState } from "@/lib/http/action-state";

/** The create form's state: the new token, shown once. */
export interface TokenActionState extends ActionState {
  token?: string;
  konnector?: string;
}
