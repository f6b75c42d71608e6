import { addDays } from "../src/dates.ts";

/**
 * A test athlete's recent weeks from `firstMonday` on, one per entry of `minutes` (0: a week
 * off): four runs a week, the longest `longestRunMin`, climbing `vertPerMin` metres a minute.
 */
export const historyWeeks = (
  firstMonday: string,
  minutes: readonly number[],
  longestRunMin: number,
  vertPerMin: number,
) =>
  minutes.map((m, i) => ({
    start: addDays(firstMonday, 7 * i),
    minutes: m,
    runs: m > 0 ? 4 : 0,
    longestRunMin: m > 0 ? longestRunMin : 0,
    vertM: m * vertPerMin,
  }));
