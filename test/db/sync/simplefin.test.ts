import { runSyncSuite } from "./suite";
import { simplefinHarness } from "./harness";

runSyncSuite(() => simplefinHarness());
