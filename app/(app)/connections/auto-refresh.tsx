"use client";
/** While a sync runs (scheduled, or started elsewhere), refresh the page every few seconds to show its progress. */
import { useEffect } from "react";
import { useRouter } from "next/navigation";

export function AutoRefresh({ isActive, everyMs = 3000 }: { isActive: boolean; everyMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    if (!isActive) return;
    const timer = setInterval(() => router.refresh(), everyMs);
    return () => clearInterval(timer);
  }, [isActive, everyMs, router]);
  return null;
}
