import { memo } from "react";
import { useRevisions } from "../../api/queries.ts";
import { ErrorNote } from "../../ui/ErrorNote.tsx";
import { usePlanView } from "../plan-view.tsx";
import "./history.css";

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/** Every revision of the plan, newest first; any earlier one can be made current again. */
// Memoised: it reads only the plan, so moving between weeks leaves it be.
export const RevisionHistory = memo(function RevisionHistory() {
  const { id, revision, write, writing } = usePlanView();
  const revisions = useRevisions(id);
  const list = [...(revisions.data ?? [])].reverse();
  return (
    <section className="revision-history panel" aria-labelledby="history-title">
      <details>
        <summary>
          <h2 id="history-title">History</h2>
          <span className="muted">
            {revisions.data ? `${revisions.data.length} revisions` : "loading…"}
          </span>
        </summary>
        {revisions.isError && (
          <ErrorNote
            title="The history could not be loaded"
            error={revisions.error}
            retry={() => void revisions.refetch()}
          />
        )}
        <ol className="revision-list">
          {list.map((r) => (
            <li key={r.revision}>
              <span className="revision-number">r{r.revision}</span>
              <span className="revision-summary">
                {r.summary}
                <span className="muted"> · {timeFormat.format(new Date(r.createdAt))}</span>
              </span>
              {r.revision === revision ? (
                <span className="badge current">current</span>
              ) : (
                <button
                  type="button"
                  className="button small"
                  disabled={writing}
                  onClick={() =>
                    void write({
                      action: { kind: "revert", toRevision: r.revision },
                      done: `Restored revision ${r.revision}: ${r.summary}.`,
                    })
                  }
                >
                  Restore
                </button>
              )}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
});
