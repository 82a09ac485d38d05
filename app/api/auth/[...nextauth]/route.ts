import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

type Handler = (request: Request, context: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

// Options are built on the first request (they read the session secret), not at import time during the build.
const handler: Handler = (request, context) => (NextAuth as unknown as (...args: unknown[]) => Promise<Response>)(request, context, authOptions());

export { handler as GET, handler as POST };
