/** Reading a persisted model (CategoryModel.state) defensively: a corrupt state starts a fresh model. */
import { z } from "zod";
import { NaiveBayes } from "./naiveBayes";

const stateSchema = z.object({
  version: z.literal(1),
  alpha: z.number().positive(),
  classes: z.record(z.string(), z.tuple([z.number(), z.number()])),
  features: z.record(z.string(), z.record(z.string(), z.number())),
});

export function parseModelState(json: string | null | undefined): NaiveBayes {
  if (!json) return new NaiveBayes();
  try {
    const parsed = stateSchema.safeParse(JSON.parse(json));
    return parsed.success ? NaiveBayes.fromJSON(parsed.data) : new NaiveBayes();
  } catch {
    return new NaiveBayes();
  }
}
