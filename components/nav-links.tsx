"use client";
/** The main navigation; marks the current section for assistive technology (aria-current). */
import Link from "next/link";
import { usePathname } from "next/navigation";

export function NavLinks({ links, label }: { links: { href: string; label: string }[]; label: string }) {
  const pathname = usePathname();
  const isCurrent = (href: string) => (href === "/" ? pathname === "/" || pathname.startsWith("/accounts") : pathname.startsWith(href));
  return (
    <nav className="nav" aria-label={label}>
      {links.map((link) => (
        <Link key={link.href} href={link.href} aria-current={isCurrent(link.href) ? "page" : undefined}>{link.label}</Link>
      ))}
    </nav>
  );
}
