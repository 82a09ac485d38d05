/** The tolerant OFX reader on tag soup, and on inputs that would hang a backtracking parser. */
import { describe, expect, it } from "vitest";
import { decodeEntities, readOfxTree } from "../../../../lib/aggregators/file/ofx/sgml-reader";
import { child, childText, findAll, type OfxNode } from "../../../../lib/aggregators/file/ofx/tree";
import { AppError } from "../../../../lib/errors";

const read = (body: string) => readOfxTree(body, body.search(/<OFX[\s>]/i));
const first = (root: OfxNode, name: string) => findAll(root, new Set([name]))[0];

function parseError(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("PARSE_ERROR");
    return error as AppError;
  }
  throw new Error("expected a PARSE_ERROR");
}

describe("readOfxTree", () => {
  it("reads SGML leaves without end tags, and XML with them, to the same tree", () => {
    const sgml = read("<OFX><STMTTRN><TRNAMT>-1.50\n<FITID>A1\n<NAME>Shop\n</STMTTRN></OFX>");
    const xml = read("<OFX><STMTTRN><TRNAMT>-1.50</TRNAMT><FITID>A1</FITID><NAME>Shop</NAME></STMTTRN></OFX>");
    for (const { root, warnings } of [sgml, xml]) {
      const trn = first(root, "STMTTRN");
      expect([childText(trn, "TRNAMT"), childText(trn, "FITID"), childText(trn, "NAME")]).toEqual(["-1.50", "A1", "Shop"]);
      expect(warnings).toEqual([]);
    }
  });

  it("treats an empty unknown element as an empty leaf, so it does not swallow its siblings", () => {
    const { root } = read("<OFX><STMTTRN><CATEGORY>\n<FITID>7\n<TRNAMT>2.00\n</STMTTRN></OFX>");
    const trn = first(root, "STMTTRN");
    expect(trn?.children.map((c) => c.name)).toEqual(["CATEGORY", "FITID", "TRNAMT"]);
    expect(childText(trn, "FITID")).toBe("7");
  });

  it("keeps an empty known aggregate open for its children", () => {
    const { root } = read("<OFX><STMTRS>\n<BANKTRANLIST>\n<STMTTRN>\n<TRNAMT>1\n</STMTTRN>\n</BANKTRANLIST>\n</STMTRS></OFX>");
    expect(child(child(first(root, "STMTRS"), "BANKTRANLIST"), "STMTTRN")).toBeDefined();
  });

  it("repairs misnested end tags and counts stray ones in one warning with the first line", () => {
    const { root, warnings } = read("<OFX>\n<STMTTRN>\n<NAME>A\n<MEMO>B\n</MEMO>\n</NAME>\n</STMTTRN>\n</OFX>");
    expect(childText(first(root, "STMTTRN"), "MEMO")).toBe("B");
    expect(warnings).toEqual([expect.objectContaining({ line: 6, element: "NAME" })]);
  });

  it("closes elements left open when an ancestor ends, and names the first one", () => {
    const { root, warnings } = read("<OFX><STMTRS><BANKTRANLIST><STMTTRN><TRNAMT>1</STMTTRN>\n<LEDGERBAL><BALAMT>5</LEDGERBAL></STMTRS></OFX>");
    expect(first(root, "LEDGERBAL")).toBeDefined();
    expect(warnings[0]?.message).toMatch(/BANKTRANLIST/);
  });

  it("keeps raw &, decodes entities, reads CDATA verbatim and a stray < as text", () => {
    const { root } = read("<OFX><STMTTRN><NAME>Amazon & Cloud &amp; co &#233;t&eacute;\n<MEMO><![CDATA[x <b> & y]]>\n<PAYEEID>A<B\n</STMTTRN></OFX>");
    const a = first(root, "STMTTRN");
    expect(childText(a, "NAME")).toBe("Amazon & Cloud & co ét&eacute;");
    expect(childText(a, "MEMO")).toBe("x <b> & y");
    expect(childText(a, "PAYEEID")).toBe("A<B");
  });

  it("skips comments, processing instructions and declarations, and upper-cases names", () => {
    const { root } = read('<?xml version="1.0"?><!DOCTYPE x><OFX><!-- <NAME>no --><stmttrn><trnamt>3</stmttrn></OFX>');
    expect(childText(first(root, "STMTTRN"), "TRNAMT")).toBe("3");
  });

  it("tracks line numbers of elements", () => {
    const { root } = read("<OFX>\r\n<STMTTRN>\r\n\r\n<TRNAMT>1\r\n</STMTTRN></OFX>");
    expect(first(root, "TRNAMT")?.line).toBe(4);
  });

  it("fails with the element and line when the file is cut inside a statement", () => {
    const error = parseError(() => read("<OFX>\n<BANKMSGSRSV1>\n<STMTTRNRS>\n<STMTRS>\n<BANKTRANLIST>\n<STMTTRN>\n<TRNAMT>1"));
    expect(error.message).toMatch(/<STMTTRN> opened at line 6/);
    expect(parseError(() => read("<OFX><STMTTRN><TRNAMT>1<FIT")).message).toMatch(/unterminated tag <FIT at line 1/);
    expect(parseError(() => read("<OFX><!-- never closed")).message).toMatch(/comment/);
  });

  it("only warns when nothing but </OFX> is missing", () => {
    const { warnings } = read("<OFX><STMTRS><STMTTRN><TRNAMT>1</STMTTRN></STMTRS>");
    expect(warnings.map((w) => w.message)).toEqual([expect.stringMatching(/No <\/OFX>/)]);
  });

  it("closes an aggregate reopened before its end tag (files that drop </STMTTRN>)", () => {
    const body = `<OFX><BANKTRANLIST>${"<STMTTRN>\n<TRNAMT>-1\n<FITID>X\n".repeat(500)}</BANKTRANLIST></OFX>`;
    const { root, warnings } = read(body);
    const list = first(root, "BANKTRANLIST");
    expect(list?.children).toHaveLength(500);
    expect(list?.children.every((trn) => childText(trn, "TRNAMT") === "-1")).toBe(true);
    expect(warnings.map((w) => w.message).join()).toMatch(/499 element\(s\) reopened/);
  });

  it("refuses absurd nesting instead of overflowing", () => {
    const body = `<OFX>${Array.from({ length: 5000 }, (_, i) => `<X${i}RS>`).join("")}`;
    expect(parseError(() => read(body)).message).toMatch(/nested more than 64/);
  });

  it("stays linear on inputs that make backtracking parsers hang (no timing asserted: a hang would time out)", () => {
    const longNames = `<OFX>${`<${"A".repeat(40)}>x`.repeat(20_000)}</OFX>`;
    expect(read(longNames).root.children[0]?.children).toHaveLength(20_000);
    const noGt = `<OFX><NAME>${"<a".repeat(2_000_000)}</NAME></OFX>`;
    expect(read(noGt).root).toBeDefined();
    const hugeLine = `<OFX><STMTTRN><NAME>${"x".repeat(20_000_000)}</STMTTRN></OFX>`;
    expect(childText(first(read(hugeLine).root, "STMTTRN"), "NAME")).toHaveLength(20_000_000);
    const ampersands = `<OFX><NAME>${"&amp".repeat(1_000_000)}</OFX>`;
    expect(read(ampersands).root).toBeDefined();
  });

  it("decodeEntities leaves unknown and out-of-range entities alone", () => {
    expect(decodeEntities("a &bogus; &#0; &#x110000; &lt;b&gt;")).toBe("a &bogus; &#0; &#x110000; <b>");
  });
});
