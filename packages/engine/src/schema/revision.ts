import { z } from "zod";
import { isoDate } from "./scenario.ts";

/** What the runner really did on a day, as they logged it. */
export const logEntry = z.strictObject({
  date: isoDate,
  /** done: as planned · partial: some of it (minutes) · missed: nothing · extra: unplanned running (minutes). */
  status: z.enum(["done", "partial", "missed", "extra"]),
  minutes: z.number().min(0).max(1440).optional(),
  /** Perceived effort, 1 (very easy) to 10 (maximal). */
  rpe: z.number().int().min(1).max(10).optional(),
});
export type LogEntry = z.infer<typeof logEntry>;

/** How a revision came to be. */
export const changeKind = z.enum([
  "generate",
  "regenerate",
  "choice",
  "lock",
  "unlock",
  "move",
  "edit",
  "delete",
  "add",
  "log",
  "replan",
]);
export type ChangeKind = z.infer<typeof changeKind>;

/** One line of a revision's change list: what changed, where, and why. */
export const change = z.strictObject({
  kind: changeKind,
  summary: z.string(),
  weekIndexes: z.array(z.number().int().min(0)).optional(),
  workoutIds: z.array(z.string()).optional(),
});
export type Change = z.infer<typeof change>;
