import { runSyncSuite } from "./suite";
import { enablebankingHarness } from "./harness";

runSyncSuite(() => enablebankingHarness());
