/**
 * fast-xml-parser's validation messages, made readable: "…:116:21" becomes "(line 116, column 21)" and the
 * "Invalid '[\"Document\", …]' found" it gives for unclosed elements becomes the truncated path and last line.
 */
export function describeXmlError(message: string, text: string): string {
  const detail = message.replace(/^Malformed XML: /, "");
  const unclosed = /^Invalid '\[([\s\S]*)\]' found/.exec(detail);
  if (unclosed) {
    const path = [...(unclosed[1] as string).matchAll(/"([^"]+)"/g)].map((match) => match[1]).join("/");
    return `unclosed element ${path} at the end of the file (line ${lineCount(text)}): the file looks truncated`;
  }
  const located = /^([\s\S]*?)\.?:(\d+):(\d+)$/.exec(detail);
  if (located) return `malformed XML: ${located[1]} (line ${located[2]}, column ${located[3]})`;
  return `malformed XML: ${detail}`;
}

function lineCount(text: string): number {
  let lines = 1;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lines++;
  return lines;
}
