import { InvalidArgumentError } from "commander";

/** The range the scenario schema allows for a seed (an unsigned 32-bit integer). */
const maxSeed = 2 ** 32 - 1;

/** `--seed N`: a whole number the scenario schema would accept. */
export function parseSeed(value: string): number {
  const seed = Number(value);
  if (!/^\d+$/.test(value) || seed > maxSeed) {
    throw new InvalidArgumentError(`Expected a whole number from 0 to ${maxSeed}.`);
  }
  return seed;
}

/** `--today YYYY-MM-DD`: a real calendar date. */
export function parseToday(value: string): string {
  if (!isCalendarDate(value))
    throw new InvalidArgumentError("Expected a real date written YYYY-MM-DD.");
  return value;
}

function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  // Date.UTC rolls 2026-02-30 over to 2 March; a real date survives the round trip.
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** The runner's calendar day, by the machine's clock and time zone. */
export function localToday(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
