/**
 * Which OFX element names are aggregates (containers). SGML OFX (v1) omits the end tags of leaves, and many
 * exports also write empty leaves without content (`<NAME>` then a newline). A start tag followed directly by
 * another tag is therefore ambiguous: an aggregate, or an empty leaf. Guessing "aggregate" for an unknown name
 * would swallow the following siblings (an empty <CATEGORY> eating FITID and MEMO), so only the names of the
 * OFX 1.6/2.2 specification below (plus its naming patterns) open a container; anything else is an empty leaf.
 * (A start tag followed by text is always a leaf, whatever its name: this list only settles empty ones.)
 */
const EXPLICIT = new Set([
  "OFX", "SONRS", "STATUS", "FI", "STMTTRN", "STMTTRNP", "PAYEE", "CURRENCY", "ORIGCURRENCY", "INVBANKTRAN",
  "INVTRAN", "SECID", "BUYSTOCK", "SELLSTOCK", "BUYMF", "SELLMF", "BUYOPT", "SELLOPT", "BUYDEBT", "SELLDEBT",
  "BUYOTHER", "SELLOTHER", "INCOME", "REINVEST", "TRANSFER", "SPLIT", "RETOFCAP", "MARGININTEREST", "JRNLFUND",
  "JRNLSEC", "CLOSUREOPT", "INVEXPENSE", "POSSTOCK", "POSMF", "POSOPT", "POSDEBT", "POSOTHER", "INVPOS", "INVBUY",
  "INVSELL", "BAL", "INV401K", "INV401KBAL", "PORTION", "FIPORTION", "MFASSETCLASS", "FIMFASSETCLASS",
  "EXTBANKDESC", "CCACCTINFO", "BANKACCTINFO", "INVACCTINFO", "BPACCTINFO", "ACCTINFO", "IMAGEDATA", "OPTINFO",
  "MSGSET", "MSGSETCORE", "LOANACCTFROM", "STMTENDRS", "CLOSING", "CCCLOSING", "INVOOLIST", "CONTRIBINFO",
  "CONTRIBSECURITY", "VESTINFO", "LOANINFO", "MATCHINFO", "EMPLOYERINFO", "YEARTODATE", "INCEPTODATE",
  "PERIODTODATE",
]);

/** Leaves whose names happen to match an aggregate pattern below. */
const LEAF_EXCEPTIONS = new Set(["MKTGINFO", "BALAMT", "DTASOF", "AVAILCASH", "MARGINBALANCE", "SHORTBALANCE", "BUYPOWER", "CASHBAL"]);

const PATTERNS = [/RS$/, /RQ$/, /MSGSRSV\d$/, /MSGSRQV\d$/, /ACCTFROM$/, /ACCTTO$/, /TRANLIST$/, /TRANLISTP$/, /LIST$/, /BAL$/, /INFO$/];

export function isAggregateName(name: string): boolean {
  if (EXPLICIT.has(name)) return true;
  if (LEAF_EXCEPTIONS.has(name)) return false;
  return PATTERNS.some((pattern) => pattern.test(name));
}
