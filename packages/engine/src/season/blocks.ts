import { daysBetween } from "../dates.ts";

interface BlockGoal {
  date: string;
  mode: "peak" | "b-race" | "training-race";
}

export const raceWeekOf = (startDate: string, g: { date: string }): number =>
  Math.floor(daysBetween(startDate, g.date) / 7);

/**
 * The goals that get a block of their own, in date order (MG-1): every peak and B race, and
 * the training races after the last of them (nothing later to fold them into). Two blocks
 * never end in the same week; a later race there runs inside the first block's race week.
 * The generator and the validator both read the season this way.
 */
export function blockGoals<G extends BlockGoal>(startDate: string, byDate: readonly G[]): G[] {
  const lastMain = byDate.findLastIndex((g) => g.mode !== "training-race");
  const blocks: G[] = [];
  byDate.forEach((g, i) => {
    const previous = blocks.at(-1);
    const sameWeek = previous && raceWeekOf(startDate, previous) >= raceWeekOf(startDate, g);
    if ((g.mode !== "training-race" || i > lastMain) && !sameWeek) blocks.push(g);
  });
  return blocks;
}
