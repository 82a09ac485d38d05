/** The CLI's database edge: check the household, persist the model it learned (`--household ID --learn`). */
import { raw } from "../../db/raw";
import type { NaiveBayes } from "../model";
import { saveModelState } from "../db/rows";

export async function householdExists(householdId: string): Promise<boolean> {
  return (await raw().all(`SELECT "id" FROM "Household" WHERE "id" = ?`, [householdId])).length > 0;
}

export async function saveHouseholdModel(householdId: string, model: NaiveBayes): Promise<void> {
  await raw().transaction((tx) => saveModelState(tx, householdId, JSON.stringify(model.toJSON()), model.exampleCount));
}
