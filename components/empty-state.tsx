/** What a list shows when it has nothing yet: a title, a sentence, the next steps, and an aside under them. */
import type { ReactNode } from "react";

export function EmptyState({ title, body, children, footer }: { title: string; body?: string; children?: ReactNode; footer?: ReactNode }) {
  return (
    <div className="empty">
      <p className="empty__title">{title}</p>
      {body ? <p>{body}</p> : null}
      {children ? <div className="actions" style={{ justifyContent: "center" }}>{children}</div> : null}
      {footer ? <div className="empty__footer">{footer}</div> : null}
    </div>
  );
}
