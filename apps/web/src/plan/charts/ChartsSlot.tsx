import { lazy, Suspense } from "react";
import { ErrorBoundary } from "../../ui/ErrorBoundary.tsx";
import { useAfterPaint } from "../../ui/use-after-paint.ts";

// Plot and its d3 parts come in their own chunk, asked for once the week is on screen.
const SeasonCharts = lazy(() => import("./SeasonCharts.tsx"));

/** The charts' place on the plan page, held at its size until they are drawn. */
export function ChartsSlot({ selectedWeek }: { selectedWeek: number }) {
  const painted = useAfterPaint();
  const placeholder = <div className="charts-placeholder panel">Loading the season's charts…</div>;
  if (!painted) return placeholder;
  return (
    <ErrorBoundary what="The season's charts">
      <Suspense fallback={placeholder}>
        <SeasonCharts selectedWeek={selectedWeek} />
      </Suspense>
    </ErrorBoundary>
  );
}
