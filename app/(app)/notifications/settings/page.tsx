import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { NotificationSettingsForm, SmtpForm } from "@/components/notifications/settings-forms";
import { kindOf, NOTIFICATION_KINDS } from "@/lib/notifications/kinds";
import { nt, type NotificationMessageKey } from "@/lib/notifications/messages";
import { loadUserSettings } from "@/lib/notifications/store";
import { requireHouseholdContext } from "@/lib/http/session";
import { t } from "@/lib/i18n";
import { saveSettingsAction, saveSmtpAction } from "../actions";

export const metadata: Metadata = { title: "Notification settings" };

export default async function NotificationSettingsPage() {
  const ctx = await requireHouseholdContext();
  const n = (key: NotificationMessageKey) => nt(ctx.locale, key);
  const settings = await loadUserSettings(ctx.householdId, ctx.userId);
  const labels = Object.fromEntries(
    (["col.channel.inApp", "col.channel.email", "col.channel.webhook", "col.threshold", "emailAddress", "webhookUrl", "webhookSecret", "save",
      "smtp", "smtpHost", "smtpPort", "smtpSecure", "smtpUser", "smtpPassword", "smtpFrom"] as const).map((key) => [key, n(key)]),
  ) as Record<string, string>;
  labels["col.kind"] = t(ctx.locale, "ui.notificationKind");
  return (
    <>
      <PageHeader title={n("settings")} back={{ href: "/notifications", label: n("title") }} />
      <NotificationSettingsForm
        action={saveSettingsAction}
        labels={labels}
        kinds={NOTIFICATION_KINDS.map((kind) => ({ kind, label: n(`kind.${kind}`), ...kindOf(settings, kind) }))}
        email={settings.email.address ?? ""}
        webhookUrl={settings.webhook.url ?? ""}
        hasWebhookSecret={Boolean(settings.webhook.secretSealed)}
      />
      {ctx.canManage ? (
        <SmtpForm action={saveSmtpAction} labels={labels}
          defaults={{ host: settings.smtp?.host ?? "", port: String(settings.smtp?.port ?? 587), secure: settings.smtp?.secure ?? false, user: settings.smtp?.user ?? "", from: settings.smtp?.from ?? "" }} />
      ) : <p className="muted">{n("ownerOnly")}</p>}
    </>
  );
}
