"use client";
/** Ends the session (next-auth) and returns to the sign-in page. */
import { signOut } from "next-auth/react";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button type="button" className="btn btn--ghost btn--small" onClick={() => void signOut({ callbackUrl: "/signin" })}>
      {label}
    </button>
  );
}
