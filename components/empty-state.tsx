/** What a list shows when it has nothing yet: a title, a sentence, and the next step. */
import type { ReactNode } from "react";

export function EmptyState({ title, body, children }: { title: string; body?: string; children?: ReactNode }) {
  return (
    <div className="empty">
      <p className="empty__title">{title}</p>
      {body ? <p>{body}</p> : null}
      {children ? <div className="actions" style={{ justifyContent: "center" }}>{children}</div> : null}
    </div>
  );
}
