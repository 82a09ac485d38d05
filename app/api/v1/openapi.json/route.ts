// GET /api/v1/openapi.json: generated from the API's zod schemas (public: it describes, it reveals no data).
import { openApiDocument } from "@/lib/api/openapi";

export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(openApiDocument());
}
