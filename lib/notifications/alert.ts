/** One alert to record: its dedupKey makes a second evaluation of the same situation a no-op. */
import type { NotificationKind } from "./kinds";

export interface Alert {
  kind: NotificationKind;
  userId: string | null;
  dedupKey: string;
  title: string;
  body: string;
  data: Record<string, string>;
}
