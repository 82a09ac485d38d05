/** Unseen files that cannot be read: one line on stderr naming the line or element, nothing on stdout. */
import { describe, expect, it } from "vitest";
import { crlf, failBoth } from "./helpers";

describe("unreadable unseen files", () => {
  it("MT940 with a garbled :61: names its line", async () => {
    const message = await failBoth(crlf(":20:STMT", ":25:DE70500105171234567890", ":28C:1/1", ":60F:C261123EUR100,00", ":61:2611X4D23,45NMSCNONREF", ":86:x", ":62F:C261124EUR76,55", "-"));
    expect(message).toMatch(/line 5/);
  });

  it("CAMT entry without its credit/debit indicator names the element", async () => {
    const message = await failBoth(
      '<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><GrpHdr><MsgId>1</MsgId></GrpHdr>' +
        "<Stmt><Id>1</Id><Acct><Id><IBAN>DE70500105171234567890</IBAN></Id></Acct><Ntry><Amt Ccy=\"EUR\">1.00</Amt><BookgDt><Dt>2026-11-24</Dt></BookgDt></Ntry></Stmt></BkToCstmrStmt></Document>",
    );
    expect(message).toMatch(/Ntry\[1\]\/CdtDbtInd/);
  });

  it("a CSV whose every row has an impossible date names the first such line", async () => {
    const message = await failBoth(crlf("Date;Description;Amount", "31/02/2026;A;-1,00", "32/13/2026;B;-2,00"));
    expect(message).toMatch(/line \d/i);
  });
});
