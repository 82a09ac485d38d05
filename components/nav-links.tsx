"use client";
/**
 * The main navigation; marks the current section for assistive technology (aria-current). On a phone it is one
 * scrolling row: the current section is scrolled into view (Réglages is off-screen at 375 px otherwise).
 */
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

export function NavLinks({ links, label }: { links: { href: string; label: string }[]; label: string }) {
  const pathname = usePathname();
  const navRef = useRef<HTMLElement>(null);
  const isCurrent = (href: string) => (href === "/" ? pathname === "/" || pathname.startsWith("/accounts") : pathname.startsWith(href));
  useEffect(() => {
    const nav = navRef.current;
    const current = nav?.querySelector<HTMLElement>("[aria-current='page']");
    if (!nav || !current || nav.scrollWidth <= nav.clientWidth) return;
    // Scroll the row only (scrollIntoView would also move the page).
    const row = nav.getBoundingClientRect();
    const link = current.getBoundingClientRect();
    if (link.left < row.left || link.right > row.right - 24) nav.scrollLeft += link.left - row.left - 12;
  }, [pathname]);
  return (
    <nav className="nav" aria-label={label} ref={navRef}>
      {links.map((link) => (
        <Link key={link.href} href={link.href} aria-current={isCurrent(link.href) ? "page" : undefined}>{link.label}</Link>
      ))}
    </nav>
  );
}
