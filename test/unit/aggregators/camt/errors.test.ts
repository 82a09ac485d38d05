/** Bad CAMT input: one AppError("PARSE_ERROR") naming the element or line, never a crash or a hang. */
import { describe, expect, it } from "vitest";
import { camtAggregator } from "../../../../lib/aggregators/file/camt";
import { AppError } from "../../../../lib/errors";
import { readFixture } from "../../../helpers/fixtures";
import { bytesOf, entryXml, statementXml } from "./build";

function parseError(input: string | Uint8Array): AppError {
  try {
    camtAggregator.parse(typeof input === "string" ? bytesOf(input) : input);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("PARSE_ERROR");
    return error as AppError;
  }
  throw new Error("expected a PARSE_ERROR");
}

describe("camt bad input", () => {
  it("refuses entity-expansion bombs", () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt><Id>&lol2;</Id></Stmt></BkToCstmrStmt></Document>`;
    expect(parseError(bomb).message).toMatch(/entit/i);
  });

  it("refuses external entities", () => {
    const external = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><Document><BkToCstmrStmt><Stmt><Id>&x;</Id></Stmt></BkToCstmrStmt></Document>`;
    parseError(external);
  });

  it("names the line of truncated XML", () => {
    const text = new TextDecoder().decode(readFixture("camt/ofxstatement-iso20022__simple.xml"));
    expect(parseError(text.slice(0, 3000)).message).toMatch(/unterminated tag.*\(line 116\)/);
    expect(parseError(text.slice(0, 2000)).message).toMatch(/unclosed element Document\/BkToCstmrStmt\/Stmt\/TxsSummry .*line 78.*truncated/);
  });

  it("refuses binary garbage", () => {
    const garbage = new Uint8Array(4096).map((_, i) => (i * 131 + 7) % 256);
    parseError(garbage);
  });

  it("refuses XML that is not a camt message", () => {
    expect(parseError('<?xml version="1.0"?><OFX><SIGNONMSGSRSV1/></OFX>').message).toMatch(/BkToCstmrStmt/);
  });

  it("refuses a message without statements", () => {
    const empty = '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><GrpHdr><MsgId>1</MsgId></GrpHdr></BkToCstmrStmt></Document>';
    expect(parseError(empty).message).toMatch(/no Stmt/);
  });

  it("names the element of an entry without a credit/debit indicator", () => {
    expect(parseError(statementXml(entryXml() + entryXml({ indicator: null }))).message).toContain("Stmt[1]/Ntry[2]/CdtDbtInd");
  });

  it("names the element of an impossible date", () => {
    expect(parseError(statementXml(entryXml({ booked: "2023-02-30" }))).message).toContain("Ntry[1]/BookgDt");
  });

  it("names the element of an amount that is not a number or has too many decimals", () => {
    expect(parseError(statementXml(entryXml({ amount: "12,50" }))).message).toContain("Ntry[1]/Amt");
    expect(parseError(statementXml(entryXml({ amount: "12.505" }))).message).toMatch(/more decimals than EUR/);
  });

  it("refuses an entry without any date", () => {
    const noDates = entryXml({ booked: null }).replace(/<ValDt>.*<\/ValDt>/, "");
    expect(parseError(statementXml(noDates)).message).toMatch(/neither a booking date/);
  });

  it("refuses files over the XML size limit before reading them", () => {
    const huge = new Uint8Array(51 * 1024 * 1024).fill(0x3c);
    expect(parseError(huge).message).toMatch(/larger than/);
  });

  it("does not recognise other formats", () => {
    expect(camtAggregator.detect(bytesOf(":20:STARTUMS\n:25:12345678\n:60F:C240101EUR1,00\n"))).toBe(0);
    expect(camtAggregator.detect(bytesOf("Date;Label;Amount\n01/02/2024;CAFE;-3,50\n"))).toBe(0);
    expect(camtAggregator.detect(bytesOf('<?xml version="1.0"?><OFX></OFX>'))).toBe(0);
  });
});
