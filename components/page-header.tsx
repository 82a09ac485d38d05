/** A page's title row: heading, optional subtitle and breadcrumb, actions on the right. */
import Link from "next/link";
import type { ReactNode } from "react";

export function PageHeader({ title, subtitle, back, children }: {
  title: ReactNode; subtitle?: ReactNode; back?: { href: string; label: string }; children?: ReactNode;
}) {
  return (
    <>
      {back ? <p className="breadcrumb"><Link href={back.href}>← {back.label}</Link></p> : null}
      <div className="page-head">
        <div>
          <h1>{title}</h1>
          {subtitle ? <p className="page-head__sub">{subtitle}</p> : null}
        </div>
        {children ? <div className="actions">{children}</div> : null}
      </div>
    </>
  );
}
