"use client";
import { useState, type FormEvent } from "react";
import { signIn } from "next-auth/react";
import { Field } from "@/components/field";
import { FormMessage } from "@/components/form-message";
import { t, type Locale } from "@/lib/i18n";

/** next-auth reports a failed authorize() as "CredentialsSignin" and a lock as "RATE_LIMITED:<seconds>". */
function messageFor(error: string, locale: Locale): string {
  const locked = /^RATE_LIMITED:(\d+)$/.exec(error);
  if (locked) return t(locale, "signin.locked", { seconds: locked[1]! });
  if (error === "CredentialsSignin") return t(locale, "signin.invalid");
  return t(locale, "signin.failed");
}

export function SignInForm({ locale, callbackUrl, initialError }: { locale: Locale; callbackUrl: string; initialError?: string }) {
  const [error, setError] = useState(initialError);
  const [isPending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    setError(undefined);
    const result = await signIn("credentials", { email: String(data.get("email") ?? ""), password: String(data.get("password") ?? ""), redirect: false });
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    setPending(false);
    setError(messageFor(result?.error ?? "", locale));
  }

  return (
    <form className="form" onSubmit={submit} noValidate={false}>
      <FormMessage error={error} />
      <Field id="email" label={t(locale, "signin.email")}>
        <input className="input" id="email" name="email" type="email" autoComplete="username" required autoFocus />
      </Field>
      <Field id="password" label={t(locale, "signin.password")}>
        <input className="input" id="password" name="password" type="password" autoComplete="current-password" required />
      </Field>
      <button type="submit" className="btn btn--primary btn--block" disabled={isPending} aria-busy={isPending}>
        {t(locale, "signin.submit")}
      </button>
    </form>
  );
}
