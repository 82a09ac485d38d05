"use client";
// Single sign-on (lib/auth/oidc.ts): shown only when the operator configured an OpenID Connect provider; its label
// is the operator's TIRELIRE_OIDC_NAME.
import { signIn } from "next-auth/react";

export function OidcButton({ providerId, label, callbackUrl }: { providerId: string; label: string; callbackUrl: string }) {
  return (
    <button type="button" className="btn" style={{ width: "100%", marginTop: 12 }} onClick={() => void signIn(providerId, { callbackUrl })}>
      {label}
    </button>
  );
}
