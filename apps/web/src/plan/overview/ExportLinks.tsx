import { usePlanView } from "../plan-view.tsx";

/**
 * Downloads made by the server from the stored plan: the whole season, or the open week for
 * the watch. Plain links, so they work with the keyboard, a middle click and "save as".
 */
export function ExportLinks({ week }: { week?: number }) {
  const { id } = usePlanView();
  const base = `/api/plans/${encodeURIComponent(id)}/export`;
  const query = week === undefined ? "" : `?week=${week + 1}`;
  const scope = week === undefined ? "plan" : `week ${week + 1}`;
  return (
    <nav className="export-links" aria-label={`Export the ${scope}`}>
      <span className="muted">{week === undefined ? "Export" : `Week ${week + 1}`}:</span>
      <a className="button small" href={`${base}.ics${query}`} download>
        Calendar (.ics)
      </a>
      {week !== undefined && (
        <a className="button small" href={`${base}.fit.zip${query}`} download>
          Watch (.fit)
        </a>
      )}
      {week === undefined && (
        <>
          <a className="button small" href={`${base}.csv`} download>
            Sheet (.csv)
          </a>
          <a className="button small" href={`${base}.md`} download>
            Notes (.md)
          </a>
          <a className="button small" href={`${base}.html`} download>
            Printable (.html)
          </a>
        </>
      )}
    </nav>
  );
}
