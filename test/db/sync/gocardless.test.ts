import { runSyncSuite } from "./suite";
import { gocardlessHarness } from "./harness";

runSyncSuite(() => gocardlessHarness());
