/**
 * iCalendar text by RFC 5545. Written here rather than with the `ics` package: it folds lines
 * at 75 characters, not 75 octets, so non-ASCII names ("Zürich") make over-long lines, and it
 * stamps events with the clock, which a pure engine cannot read.
 */

const maxOctets = 75;

/** TEXT values: backslash, comma, semicolon and newlines escaped (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r?\n/g, "\\n");
}

/**
 * A content line folded at 75 octets (§3.1), never inside a UTF-8 character: each
 * continuation starts with a space, which counts towards its 75.
 */
export function foldLine(line: string): string {
  // Short ASCII lines, most of a calendar, need no counting.
  if (line.length <= maxOctets && isAscii(line)) return line;
  const lines: string[] = [];
  let current = "";
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character.codePointAt(0) ?? 0);
    if (octets + size > maxOctets) {
      lines.push(current);
      current = " ";
      octets = 1;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join("\r\n");
}

const isAscii = (text: string): boolean => !/[^\x20-\x7e]/.test(text);

/** The octets of one code point in UTF-8, counted rather than encoded: a calendar has thousands. */
function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/** "2027-02-09" → "20270209", a DATE value. */
export const icsDate = (iso: string): string => iso.replaceAll("-", "");

/** Properties as folded CRLF lines; `undefined` values are left out. */
export function contentLines(properties: ReadonlyArray<readonly [string, string | undefined]>) {
  return properties
    .filter((property): property is readonly [string, string] => property[1] !== undefined)
    .map(([name, value]) => `${foldLine(`${name}:${value}`)}\r\n`)
    .join("");
}
