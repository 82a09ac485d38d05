import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { requireHouseholdContext } from "@/lib/http/session";
import { apiAggregators } from "@/lib/aggregators/registry";
import { connectionsTranslator, ct, type ConnectionsKey } from "../messages";
import { CredentialsForm } from "./credentials-form";
import { localizedTitle } from "@/components/page-title";

export const generateMetadata = localizedTitle((locale) => ct(locale, "new.title"));

const PROVIDERS = ["simplefin", "gocardless", "enablebanking"] as const;
type Provider = (typeof PROVIDERS)[number];
const isProvider = (value: unknown): value is Provider => typeof value === "string" && (PROVIDERS as readonly string[]).includes(value);

export default async function NewConnectionPage({ searchParams }: { searchParams: Promise<{ provider?: string }> }) {
  const ctx = await requireHouseholdContext();
  if (!ctx.canWrite) notFound();
  const tr = connectionsTranslator(ctx.locale);
  const { provider } = await searchParams;
  const chosen = isProvider(provider) ? provider : null;
  return (
    <>
      <PageHeader title={tr("new.title")} back={{ href: "/connections", label: tr("title") }} />
      <div className="stack">
        <section className="card card--narrow" aria-labelledby="step1">
          <h2 id="step1">{tr("new.step1")}</h2>
          <ul className="stack">
            {PROVIDERS.map((id) => (
              <li key={id}>
                <Link href={`/connections/new?provider=${id}`} aria-current={chosen === id ? "true" : undefined} className={`btn${chosen === id ? " btn--primary" : ""}`}>
                  {apiAggregators[id]?.label ?? id}
                </Link>
                <p className="muted small">{tr(`provider.${id}` as ConnectionsKey)}</p>
              </li>
            ))}
          </ul>
        </section>
        {chosen ? (
          <section className="card card--narrow" aria-labelledby="step2">
            <h2 id="step2">{tr("new.step2")}</h2>
            <CredentialsForm key={chosen} locale={ctx.locale} provider={chosen} defaultName={apiAggregators[chosen]?.label ?? chosen} />
          </section>
        ) : null}
      </div>
    </>
  );
}
