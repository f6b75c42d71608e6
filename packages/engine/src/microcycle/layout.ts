/** The shape of a week before durations: which kind of session goes on which day. */
export type SlotRole =
  | "race"
  | "long"
  | "medium-long"
  | "hard"
  | "moderate"
  | "easy"
  | "shakeout"
  | "recovery"
  | "strength"
  | "mobility";

export interface Slot {
  day: number;
  role: SlotRole;
  /** An easy day with no stress anchor beside it: it may take a moderate touch (IN-2). */
  calm?: boolean;
}

export interface WeekLayout {
  slots: Slot[];
  /** IN-4: two hard days with a single easy day between, for the user to choose from. */
  closeKeys?: [number, number];
  /** Days no hard session may move to (RC-1, LR-5, a race's eve, IN-3 across the weekend). */
  hardBarredDays: ReadonlySet<number>;
}

/** What one week's placement leaves for the next (IN-3/IN-4, LR-5, RC-1 across the boundary). */
export interface CarryOver {
  /** Epoch days holding a hard session or race. */
  hardDays: number[];
  /** Epoch days holding a stress anchor (hard, anchor long run, back-to-back, race). */
  anchorDays: number[];
  /** No hard session on or before this epoch day (LR-5 after a big weekend, RC-1 after a race). */
  noHardThrough: number;
  /** No moderate session on or before this epoch day (LR-5, the first half of RC-1's window). */
  noModerateThrough: number;
  /** Only rest or easy running on or before this epoch day: RC-1's first days after a race. */
  veryEasyThrough: number;
  /** Easy runs on or before this epoch day are short z1 recovery runs (RC-1, after a block's race). */
  recoveryRunsThrough: number;
}

export const emptyCarryOver: CarryOver = {
  hardDays: [],
  anchorDays: [],
  noHardThrough: Number.NEGATIVE_INFINITY,
  noModerateThrough: Number.NEGATIVE_INFINITY,
  veryEasyThrough: Number.NEGATIVE_INFINITY,
  recoveryRunsThrough: Number.NEGATIVE_INFINITY,
};
