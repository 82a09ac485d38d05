import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import type { ReactNode } from "react";
import { browserLocale } from "@/lib/http/session";
import "./globals.css";

// Self-hosted Inter (from @fontsource/inter): no font request ever leaves the server.
const inter = localFont({
  src: [
    { path: "./fonts/inter-latin-400-normal.woff2", weight: "400", style: "normal" },
    { path: "./fonts/inter-latin-500-normal.woff2", weight: "500", style: "normal" },
    { path: "./fonts/inter-latin-600-normal.woff2", weight: "600", style: "normal" },
    { path: "./fonts/inter-latin-700-normal.woff2", weight: "700", style: "normal" },
  ],
  display: "swap",
  variable: "--font-inter",
});

export const metadata: Metadata = {
  title: { default: "Tirelire", template: "%s · Tirelire" },
  description: "Self-hosted personal finance",
  robots: { index: false, follow: false },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#2f5bd3" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={await browserLocale()} className={inter.variable}>
      <body>{children}</body>
    </html>
  );
}
