/** What a form's server action returns to the page (through useActionState). Safe to import from client components. */
export interface ActionState {
  error?: string;
  fieldErrors?: Record<string, string>;
  notice?: string;
  /** What was submitted (passwords excepted), so a failed form shows it again instead of emptying. */
  values?: Record<string, string>;
  /** Set on success so a client form can react (reset, sign in, close). */
  savedAt?: number;
}

export const INITIAL_ACTION_STATE: ActionState = {};
