// A transaction's own address (links from the explorer, bills, notifications): its categorize page shows the
// details, why its category was chosen, and — for members who can write — the actions.
import { redirect } from "next/navigation";

export default async function TransactionPage({ params }: { params: Promise<{ transactionId: string }> }) {
  const { transactionId } = await params;
  redirect(`/transactions/${encodeURIComponent(transactionId)}/categorize`);
}
