import type { RevisionEntry } from "../api/plan-types.ts";

/**
 * Undo and redo over the server's revisions. Every revision is a state of the plan; a revert
 * makes an earlier state current again as a new revision. Replaying the list rebuilds the
 * runner's undo and redo stacks, so they survive a reload and agree between tabs: a revert to
 * the state below the top is an undo, a revert to the last undone state is a redo, and any
 * other revision is a new change that clears what could be redone.
 */

export interface UndoStep {
  /** The revision to revert to. */
  toRevision: number;
  /** What the step undoes or redoes, in the words of its revision. */
  summary: string;
}

export interface UndoRedo {
  undo: UndoStep | undefined;
  redo: UndoStep | undefined;
}

/** "Reverted to revision 3" (the server's summary of a revert) → 3 */
const revertTarget = (summary: string): number | undefined => {
  const match = /revision (\d+)/.exec(summary);
  return match ? Number(match[1]) : undefined;
};

export function undoRedo(revisions: readonly RevisionEntry[]): UndoRedo {
  const byNumber = new Map(revisions.map((r) => [r.revision, r]));
  /** The original revision whose state a revision holds. */
  const stateOf = (revision: number, depth = 0): number => {
    const entry = byNumber.get(revision);
    if (entry?.kind !== "revert" || depth > revisions.length) return revision;
    const target = revertTarget(entry.summary);
    return target === undefined ? revision : stateOf(target, depth + 1);
  };
  const stack: number[] = [];
  let redo: number[] = [];
  for (const entry of [...revisions].sort((a, b) => a.revision - b.revision)) {
    const target = entry.kind === "revert" ? revertTarget(entry.summary) : undefined;
    const below = stack.at(-2);
    const undone = redo.at(-1);
    if (target !== undefined && below !== undefined && stateOf(target) === stateOf(below)) {
      redo.push(stack.pop() as number);
    } else if (
      target !== undefined &&
      undone !== undefined &&
      stateOf(target) === stateOf(undone)
    ) {
      stack.push(redo.pop() as number);
    } else {
      stack.push(entry.revision);
      redo = [];
    }
  }
  const summaryOf = (revision: number) => byNumber.get(revision)?.summary ?? `revision ${revision}`;
  const top = stack.at(-1);
  const below = stack.at(-2);
  const next = redo.at(-1);
  return {
    undo:
      top !== undefined && below !== undefined
        ? { toRevision: below, summary: summaryOf(top) }
        : undefined,
    redo: next !== undefined ? { toRevision: next, summary: summaryOf(next) } : undefined,
  };
}
