/**
 * Every aggregator adapter, in explicit maps: a new provider is one folder plus one line here,
 * and the shared contract test suite (test/unit/aggregators/contract*.test.ts) runs against it.
 */
import type { ApiAggregator, FileAggregator, FileFormat } from "./types";
import { camtAggregator } from "./file/camt";
import { csvAggregator } from "./file/csv";
import { mt940Aggregator } from "./file/mt940";
import { ofxAggregator } from "./file/ofx";
import { qifAggregator } from "./file/qif";
import { simplefinAggregator } from "./api/simplefin";
import { gocardlessAggregator } from "./api/gocardless";
import { enablebankingAggregator } from "./api/enablebanking";

export const fileAggregators: Partial<Record<FileFormat, FileAggregator>> = {
  camt: camtAggregator,
  csv: csvAggregator,
  mt940: mt940Aggregator,
  ofx: ofxAggregator,
  qif: qifAggregator,
};

export const apiAggregators: Record<string, ApiAggregator> = {
  simplefin: simplefinAggregator,
  gocardless: gocardlessAggregator,
  enablebanking: enablebankingAggregator,
};
