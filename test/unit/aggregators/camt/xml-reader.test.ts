/** The linear XML reader: same shape as lib/xml's parseXml, strict about structure, safe about entities. */
import { describe, expect, it } from "vitest";
import { readXml } from "../../../../lib/aggregators/file/camt/xml-reader";
import { parseXml } from "../../../../lib/xml";
import { AppError } from "../../../../lib/errors";
import { listFixtures, readFixture } from "../../../helpers/fixtures";

function errorOf(text: string): string {
  try {
    readXml(text);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).message;
  }
  throw new Error("expected an error");
}

describe("readXml", () => {
  it("gives the same tree as parseXml for every camt fixture", () => {
    for (const name of listFixtures("camt")) {
      const text = new TextDecoder().decode(readFixture(`camt/${name}`));
      const expected = parseXml(text);
      delete expected["?xml"]; // the declaration is not content
      expect(readXml(text), name).toEqual(expected);
    }
  });

  it("removes prefixes, keeps attributes and text, repeats become arrays", () => {
    const tree = readXml(`<?xml version='1.0'?><!-- c --><a:Doc xmlns:a="urn:x"><a:Amt Ccy='EUR'> 1.50 </a:Amt><a:U>x</a:U><a:U>y</a:U><a:E/><a:E2></a:E2></a:Doc>`);
    expect(tree).toEqual({ Doc: { Amt: { "@_Ccy": "EUR", "#text": "1.50" }, U: ["x", "y"], E: "", E2: "" } });
  });

  it("expands only predefined and numeric entities, and reads CDATA as text", () => {
    expect(readXml("<R><T>Caf&#233; &amp; cr&#xE8;me &lt;3 &nbsp;</T><C><![CDATA[<b>&amp;</b>]]></C></R>")).toEqual({ R: { T: "Café & crème <3 &nbsp;", C: "<b>&amp;</b>" } });
  });

  it("names the line of a mismatched closing tag", () => {
    expect(errorOf("<R>\n<A>\n</B>\n</R>")).toMatch(/<\/B> closes <A> \(line 3\)/);
  });

  it("refuses text outside the root, garbage tags and unclosed elements", () => {
    expect(errorOf("garbage<R/>")).toMatch(/outside the root/);
    expect(errorOf("<R><=x></R>")).toMatch(/malformed tag/);
    expect(errorOf("<R><A>")).toMatch(/unclosed element R\/A/);
    expect(errorOf("<R><!-- never closed")).toMatch(/unterminated comment/);
  });

  it("refuses DTD entity declarations before reading", () => {
    expect(errorOf('<!DOCTYPE R [<!ENTITY a "b">]><R>&a;</R>')).toMatch(/entit/i);
  });

  it("refuses absurd nesting instead of growing without bound", () => {
    expect(errorOf("<a>".repeat(300))).toMatch(/nested deeper/);
  });
});
