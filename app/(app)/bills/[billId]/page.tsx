import { PageHeader } from "@/components/page-header";
import { ActionButton } from "@/components/bills/action-button";
import { BillDocument } from "@/components/bills/bill-document";
import { BillFields } from "@/components/bills/bill-fields";
import { BillLinks } from "@/components/bills/bill-links";
import { BillStateBadge } from "@/components/bills/state-badge";
import { CandidateSearch, type CandidateSearchValues } from "@/components/bills/candidate-search";
import { CompleteBillForm } from "@/components/bills/complete-form";
import { getBill } from "@/lib/bills/list";
import { candidateQuerySchema, searchCandidates } from "@/lib/bills/ui/candidates";
import { billFileMeta } from "@/lib/bills/ui/file-meta";
import { loadBillLinks } from "@/lib/bills/ui/links";
import { proposalsOf } from "@/lib/bills/ui/proposals";
import { billStatus, isHealthBillLike } from "@/lib/bills/ui/state";
import { orNotFound, requireHouseholdContext } from "@/lib/http/session";
import { todayIso } from "@/lib/dates";
import { translator } from "@/lib/i18n";
import { completeBillAction, confirmLinkAction, linkByHandAction, rejectLinkAction, rerunMatchingAction } from "../actions";
import { localizedTitle } from "@/components/page-title";

export const generateMetadata = localizedTitle("explore.bill");

/** What the e-invoice konnector stores when a plain PDF names no vendor (lib/konnectors/einvoice/to-input.ts): the user types it. */
const isPlaceholderVendor = (vendor: string) => vendor === "Unknown vendor";

export default async function BillPage({ params, searchParams }: {
  params: Promise<{ billId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await requireHouseholdContext();
  const tr = translator(ctx.locale);
  const { billId } = await params;
  const bill = await orNotFound(getBill(ctx, billId));
  const [{ links, facts }, file] = await Promise.all([loadBillLinks(ctx, [bill.id]), billFileMeta(ctx, bill.fileId)]);
  const status = billStatus({ ...bill, dateUpperDelta: bill.matchingCriterias.dateUpperDelta }, facts.get(bill.id)!, todayIso());
  const isHealth = isHealthBillLike(bill);
  const kinds: CandidateSearchValues["kind"][] = ["debit", ...(bill.isRefund || isHealth ? ["credit" as const] : []), ...(isHealth ? ["reimbursement" as const] : [])];
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = candidateQuerySchema.safeParse({ ...raw, kind: raw.kind ?? (bill.isRefund && !isHealth ? "credit" : "debit") });
  const search: CandidateSearchValues = parsed.success && kinds.includes(parsed.data.kind) ? parsed.data : { kind: kinds[0]!, q: "", anyAmount: false };
  const isSearchable = ctx.canWrite && bill.status === "complete";
  const candidates = isSearchable ? await searchCandidates(ctx, bill, search) : [];
  const proposals = proposalsOf(bill.details);

  return (
    <>
      <PageHeader title={<>{bill.vendor} <BillStateBadge state={status.state} locale={ctx.locale} /></>} subtitle={bill.vendorRef ?? undefined} back={{ href: "/bills", label: tr("bills.title") }}>
        {ctx.canWrite && bill.status === "complete" ? <ActionButton action={rerunMatchingAction} label={tr("bills.rerun")} pendingLabel={tr("bills.rerunning")} /> : null}
      </PageHeader>
      <div className="stack">
        {bill.status === "to_complete" && ctx.canWrite ? (
          <section className="card" aria-labelledby="complete-title">
            <h2 id="complete-title">{tr("bills.complete.title")}</h2>
            <CompleteBillForm locale={ctx.locale} action={completeBillAction.bind(null, bill.id)} proposedAmounts={proposals.amounts} proposedDates={proposals.dates}
              values={{ vendor: isPlaceholderVendor(bill.vendor) ? "" : bill.vendor, vendorRef: bill.vendorRef ?? "", type: bill.type ?? "", amount: /^0(\.0+)?$/.test(bill.amount) ? "" : bill.amount, currency: bill.currency, date: bill.date, dueDate: bill.dueDate ?? "", isRefund: bill.isRefund }} />
          </section>
        ) : null}
        <section className="card">
          <BillFields bill={bill} status={status} locale={ctx.locale} />
        </section>
        <section className="card" aria-labelledby="links-title">
          <h2 id="links-title">{tr("bills.links.title")}</h2>
          <BillLinks links={links} locale={ctx.locale} canWrite={ctx.canWrite}
            confirmAction={(linkId) => confirmLinkAction.bind(null, bill.id, linkId)} rejectAction={(linkId) => rejectLinkAction.bind(null, bill.id, linkId)} />
        </section>
        {isSearchable ? (
          <section className="card" aria-labelledby="search-title">
            <h2 id="search-title">{tr("bills.search.title")}</h2>
            <CandidateSearch billId={bill.id} locale={ctx.locale} values={search} candidates={candidates} kinds={kinds}
              linkAction={(transactionId) => linkByHandAction.bind(null, bill.id, transactionId, search.kind)} />
          </section>
        ) : null}
        <section className="card" aria-labelledby="document-title">
          <h2 id="document-title">{tr("bills.file.title")}</h2>
          <BillDocument billId={bill.id} mime={file?.mime ?? null} name={file?.name ?? null} locale={ctx.locale} />
        </section>
      </div>
    </>
  );
}
