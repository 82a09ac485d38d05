// The explorer became the transactions page: old links and bookmarks land there with their filters.
import { redirect } from "next/navigation";

export default async function ExplorePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, item);
  }
  const query = params.toString();
  redirect(query ? `/transactions?${query}` : "/transactions");
}
