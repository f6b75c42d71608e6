import { useEffect, useMemo, useRef } from "react";
import { useRevisions } from "../../api/queries.ts";
import { type UndoStep, undoRedo } from "../../view/undo.ts";
import { usePlanView } from "../plan-view.tsx";

/** Undo and redo through the plan's revisions (also Ctrl+Z and Ctrl+Shift+Z). */
export function UndoRedoButtons() {
  const { id, write, writing } = usePlanView();
  const revisions = useRevisions(id);
  const steps = useMemo(() => undoRedo(revisions.data ?? []), [revisions.data]);
  const ready = !writing && !revisions.isFetching;

  const go = (step: UndoStep | undefined, verb: string) => {
    if (!step || !ready) return;
    void write({
      action: { kind: "revert", toRevision: step.toRevision },
      done: `${verb}: ${step.summary}.`,
    });
  };

  // The latest steps for the shortcut, without adding a listener on every render.
  const latest = useRef({ steps, go });
  latest.current = { steps, go };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable]")) return;
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== "z") return;
      event.preventDefault();
      const now = latest.current;
      if (event.shiftKey) now.go(now.steps.redo, "Redone");
      else now.go(now.steps.undo, "Undone");
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  return (
    <span className="undo-redo">
      <button
        type="button"
        className="button small"
        disabled={!steps.undo || !ready}
        title={steps.undo ? `Undo: ${steps.undo.summary}` : "Nothing to undo"}
        onClick={() => go(steps.undo, "Undone")}
      >
        <span aria-hidden="true">⟲</span> Undo
      </button>
      <button
        type="button"
        className="button small"
        disabled={!steps.redo || !ready}
        title={steps.redo ? `Redo: ${steps.redo.summary}` : "Nothing to redo"}
        onClick={() => go(steps.redo, "Redone")}
      >
        <span aria-hidden="true">⟳</span> Redo
      </button>
    </span>
  );
}
