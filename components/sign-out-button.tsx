"use client";
/**
 * Ends the session (next-auth) and returns to the sign-in page. On mid-size screens (a 1280 px laptop) it shows
 * only its icon, so the eleven sections of the navigation keep one line in French too; the label stays its
 * accessible name and its tooltip.
 */
import { signOut } from "next-auth/react";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button type="button" className="btn btn--ghost btn--small sign-out" title={label} onClick={() => void signOut({ callbackUrl: "/signin" })}>
      <svg className="sign-out__icon" aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M9 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h4" />
        <path d="M16 17l5-5-5-5" />
        <path d="M21 12H9" />
      </svg>
      <span className="sign-out__text">{label}</span>
    </button>
  );
}
