"use client";
/** Per-user notification settings (channels and thresholds per kind, email, webhook) and the owner's SMTP server form. */
import { useActionState } from "react";
import { describedBy, Field } from "@/components/field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { INITIAL_ACTION_STATE, type ActionState } from "@/lib/http/action-state";

type Action = (previous: ActionState, formData: FormData) => Promise<ActionState>;

interface KindRow {
  kind: string;
  label: string;
  inApp: boolean;
  email: boolean;
  webhook: boolean;
  threshold?: string;
  days?: number;
}

export function NotificationSettingsForm({ action, labels, kinds, email, webhookUrl, hasWebhookSecret }: {
  action: Action; labels: Record<string, string>; kinds: KindRow[]; email: string; webhookUrl: string; hasWebhookSecret: boolean;
}) {
  const [state, formAction] = useActionState(action, INITIAL_ACTION_STATE);
  const channels = ["inApp", "email", "webhook"] as const;
  return (
    <form action={formAction} className="form card" style={{ marginBottom: "var(--space-5)" }}>
      <FormMessage error={state.error} notice={state.notice} />
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr><th scope="col"><span className="sr-only">{labels["col.kind"]}</span></th>{channels.map((c) => <th key={c} scope="col">{labels[`col.channel.${c}`]}</th>)}<th scope="col">{labels["col.threshold"]}</th></tr>
          </thead>
          <tbody>
            {kinds.map((k) => (
              <tr key={k.kind}>
                <th scope="row">{k.label}</th>
                {channels.map((c) => (
                  <td key={c}><input type="checkbox" className="checkbox" name={`${k.kind}.${c}`} defaultChecked={k[c]} aria-label={`${k.label}: ${labels[`col.channel.${c}`]}`} /></td>
                ))}
                <td>
                  {k.threshold !== undefined ? (
                    <input className="input input--amount" name={`${k.kind}.threshold`} inputMode="decimal" defaultValue={k.threshold} aria-label={`${k.label}: ${labels["col.threshold"]}`} />
                  ) : k.days !== undefined ? (
                    <input className="input input--amount" name={`${k.kind}.days`} type="number" min={1} max={365} defaultValue={k.days} aria-label={`${k.label}: ${labels["col.threshold"]}`} />
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {state.fieldErrors && Object.keys(state.fieldErrors).some((f) => f.startsWith("kinds")) ? (
        <div className="alert alert--error" role="alert">{Object.entries(state.fieldErrors).filter(([f]) => f.startsWith("kinds")).map(([, m]) => m).join(" ")}</div>
      ) : null}
      <Field id="email" label={labels.emailAddress ?? ""} error={state.fieldErrors?.email}>
        <input className="input" type="email" defaultValue={email} {...describedBy("email", undefined, state.fieldErrors?.email)} />
      </Field>
      <Field id="webhookUrl" label={labels.webhookUrl ?? ""} error={state.fieldErrors?.webhookUrl}>
        <input className="input" type="url" defaultValue={webhookUrl} placeholder="https://" {...describedBy("webhookUrl", undefined, state.fieldErrors?.webhookUrl)} />
      </Field>
      <Field id="webhookSecret" label={labels.webhookSecret ?? ""}>
        <input className="input" type="password" autoComplete="new-password" placeholder={hasWebhookSecret ? "••••••••" : ""} {...describedBy("webhookSecret")} />
      </Field>
      <div className="form-actions"><SubmitButton label={labels.save ?? "Save"} /></div>
    </form>
  );
}

export function SmtpForm({ action, labels, defaults }: {
  action: Action; labels: Record<string, string>; defaults: { host: string; port: string; secure: boolean; user: string; from: string };
}) {
  const [state, formAction] = useActionState(action, INITIAL_ACTION_STATE);
  const value = (key: "host" | "port" | "user" | "from") => state.values?.[key] ?? defaults[key];
  const error = (key: string) => state.fieldErrors?.[key];
  return (
    <form action={formAction} className="form card">
      <h2>{labels.smtp}</h2>
      <FormMessage error={state.error} notice={state.notice} />
      <Field id="host" label={labels.smtpHost ?? ""} error={error("host")}><input className="input" defaultValue={value("host")} {...describedBy("host", undefined, error("host"))} /></Field>
      <Field id="port" label={labels.smtpPort ?? ""} error={error("port")}><input className="input" type="number" min={1} max={65535} defaultValue={value("port")} {...describedBy("port", undefined, error("port"))} /></Field>
      <label className="checkbox"><input type="checkbox" name="secure" defaultChecked={defaults.secure} /> {labels.smtpSecure}</label>
      <Field id="user" label={labels.smtpUser ?? ""}><input className="input" autoComplete="off" defaultValue={value("user")} {...describedBy("user")} /></Field>
      <Field id="password" label={labels.smtpPassword ?? ""}><input className="input" type="password" autoComplete="new-password" {...describedBy("password")} /></Field>
      <Field id="from" label={labels.smtpFrom ?? ""} error={error("from")}><input className="input" type="email" defaultValue={value("from")} {...describedBy("from", undefined, error("from"))} /></Field>
      <div className="form-actions"><SubmitButton label={labels.save ?? "Save"} /></div>
    </form>
  );
}
