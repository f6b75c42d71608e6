/**
 * Text a watch, a zip tool or an HTTP header shows safely: ASCII only. Accents are dropped
 * ("Zürich" → "Zurich"), a few letters without a decomposition are spelled out, and what
 * is left outside ASCII goes.
 */

const spelled: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  Æ: "AE",
  œ: "oe",
  Œ: "OE",
  ø: "o",
  Ø: "O",
  ł: "l",
  Ł: "L",
  đ: "d",
  Đ: "D",
  þ: "th",
  Þ: "Th",
  "×": "x",
  "–": "-",
  "—": "-",
  "′": "'",
  "″": '"',
};

export function asciiFold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\x20-\x7e]/g, (character) => spelled[character] ?? "");
}

/**
 * A file-name part: "Cruise intervals 3 × 10 min" → "cruise-intervals-3x10-min", at most
 * `maxLength` characters, cut at a hyphen. `keepLetters` keeps non-ASCII letters (for the
 * RFC 5987 name of a download) instead of folding them.
 */
export function slug(text: string, maxLength = 40, keepLetters = false): string {
  const reps = text.replace(/(\d)\s*×\s*(\d)/g, "$1x$2");
  const letters = keepLetters ? reps.normalize("NFC") : asciiFold(reps);
  const hyphenated = letters
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  if (hyphenated.length <= maxLength) return hyphenated;
  const cut = hyphenated.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, maxLength)).replace(/-+$/, "");
}
