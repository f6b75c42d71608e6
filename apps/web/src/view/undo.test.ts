import { describe, expect, it } from "vitest";
import type { RevisionEntry } from "../api/plan-types.ts";
import { undoRedo } from "./undo.ts";

const change = (revision: number, summary: string): RevisionEntry => ({
  revision,
  kind: revision === 0 ? "generate" : "lock",
  summary,
  createdAt: "",
});
const revert = (revision: number, to: number): RevisionEntry => ({
  revision,
  kind: "revert",
  summary: `Reverted to revision ${to}`,
  createdAt: "",
});

describe("undo and redo from the revision list", () => {
  const history = [
    change(0, "Generated"),
    change(1, "Locked Tue"),
    change(2, "Regenerated week 3"),
  ];

  it("undoes the latest change, and has nothing to redo", () => {
    expect(undoRedo(history)).toEqual({
      undo: { toRevision: 1, summary: "Regenerated week 3" },
      redo: undefined,
    });
  });

  it("has nothing to undo on a fresh plan", () => {
    expect(undoRedo([change(0, "Generated")])).toEqual({ undo: undefined, redo: undefined });
  });

  it("walks back one change per undo, and forward again by redo", () => {
    const once = [...history, revert(3, 1)];
    expect(undoRedo(once)).toEqual({
      undo: { toRevision: 0, summary: "Locked Tue" },
      redo: { toRevision: 2, summary: "Regenerated week 3" },
    });
    const twice = [...once, revert(4, 0)];
    expect(undoRedo(twice)).toEqual({
      undo: undefined,
      redo: { toRevision: 1, summary: "Locked Tue" },
    });
    const redone = [...twice, revert(5, 1)];
    expect(undoRedo(redone)).toEqual({
      undo: { toRevision: 0, summary: "Locked Tue" },
      redo: { toRevision: 2, summary: "Regenerated week 3" },
    });
  });

  it("forgets what could be redone once a new change is made", () => {
    const branched = [...history, revert(3, 1), change(4, "Logged Wed")];
    expect(undoRedo(branched)).toEqual({
      undo: { toRevision: 1, summary: "Logged Wed" },
      redo: undefined,
    });
  });

  it("treats a jump to an old revision from the history list as a change of its own", () => {
    const jumped = [...history, revert(3, 0)];
    expect(undoRedo(jumped)).toEqual({
      undo: { toRevision: 2, summary: "Reverted to revision 0" },
      redo: undefined,
    });
  });
});
