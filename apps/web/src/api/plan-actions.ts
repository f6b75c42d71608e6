import type { RegenerateScope } from "@cairn/engine";
import type { LogStatus } from "./plan-types.ts";

/** Every change the plan page can make, and the request that makes it. */
export type PlanAction =
  | { kind: "regenerate"; scope: RegenerateScope }
  | { kind: "choice"; warningId: string; choiceId: string }
  | { kind: "lock"; workoutId: string; locked: boolean }
  | { kind: "move"; workoutId: string; toDate: string }
  | { kind: "edit"; workoutId: string; durationMin: number }
  | { kind: "log"; date: string; status: LogStatus; minutes?: number; rpe?: number }
  | { kind: "replan"; today: string }
  | { kind: "revert"; toRevision: number };

export interface ActionRequest {
  path: string;
  body: Record<string, unknown>;
}

/**
 * The POST for an action on a plan at `revision`. Regenerating sends `seed`: a new one on every
 * press, so pressing again gives another choice rather than the same week.
 */
export function requestOf(
  planId: string,
  action: PlanAction,
  revision: number,
  seed: number,
): ActionRequest {
  const base = `/api/plans/${encodeURIComponent(planId)}`;
  switch (action.kind) {
    case "regenerate":
      return { path: `${base}/regenerate`, body: { scope: action.scope, seed, revision } };
    case "choice":
      return {
        path: `${base}/choices`,
        body: { warningId: action.warningId, choiceId: action.choiceId, revision },
      };
    case "lock":
      return {
        path: `${base}/workouts/${encodeURIComponent(action.workoutId)}/lock`,
        body: { locked: action.locked, revision },
      };
    case "move":
      return {
        path: `${base}/workouts/${encodeURIComponent(action.workoutId)}/move`,
        body: { toDate: action.toDate, revision },
      };
    case "edit":
      return {
        path: `${base}/workouts/${encodeURIComponent(action.workoutId)}/edit`,
        body: { durationMin: action.durationMin, revision },
      };
    case "log": {
      const { kind: _, ...entry } = action;
      return { path: `${base}/log`, body: { ...entry, revision } };
    }
    case "replan":
      return { path: `${base}/replan`, body: { today: action.today, revision } };
    case "revert":
      return { path: `${base}/revert`, body: { toRevision: action.toRevision, revision } };
  }
}

/** A seed the server accepts (0 … 2³¹ − 2), from the browser's random source. */
export function freshSeed(): number {
  const [value = 0] = crypto.getRandomValues(new Uint32Array(1));
  return value % (2 ** 31 - 1);
}
