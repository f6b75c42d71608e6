import { InvalidArgumentError } from "commander";

/** `--race-km 21.1`: a distance written as a plain number; its range is the engine's to check. */
export function parseRaceKm(value: string): number {
  if (!/^\d+(\.\d+)?$/.test(value))
    throw new InvalidArgumentError("Expected a distance in km, such as 10 or 21.1.");
  return Number(value);
}

/** `--race-time 45:30` or `1:38:20`: the race's time in minutes. */
export function parseRaceTime(value: string): number {
  const match = /^(\d+):(\d\d)(?::(\d\d))?$/.exec(value);
  const parts =
    match
      ?.slice(1)
      .filter((p) => p !== undefined)
      .map(Number) ?? [];
  // The first part may be any number of minutes (63:46) or hours; the others are below 60.
  if (parts.length === 0 || parts.slice(1).some((p) => p >= 60)) {
    throw new InvalidArgumentError(
      "Expected mm:ss or h:mm:ss with minutes and seconds below 60, such as 45:30 or 1:38:20.",
    );
  }
  const seconds = parts.reduce((total, part) => total * 60 + part, 0);
  return seconds / 60;
}

/** `--lthr 168`, `--max-hr 188`: whole beats per minute; their range is the engine's to check. */
export function parseBpm(value: string): number {
  if (!/^\d+$/.test(value))
    throw new InvalidArgumentError("Expected whole beats per minute, such as 168.");
  return Number(value);
}
