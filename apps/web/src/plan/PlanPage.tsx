import { useCallback, useMemo, useRef } from "react";
import { Link, useSearchParams } from "wouter";
import { ApiError } from "../api/api-error.ts";
import { usePlan } from "../api/queries.ts";
import { localToday } from "../format/clock.ts";
import { ErrorNote } from "../ui/ErrorNote.tsx";
import { useTitle } from "../ui/use-title.ts";
import { openingWeek } from "../view/timeline.ts";
import { ChartsSlot } from "./charts/ChartsSlot.tsx";
import { RevisionHistory } from "./history/RevisionHistory.tsx";
import { PlanOverview } from "./overview/PlanOverview.tsx";
import { PlanSkeleton } from "./PlanSkeleton.tsx";
import { PlanViewProvider } from "./plan-view.tsx";
import { PhaseTimeline } from "./timeline/PhaseTimeline.tsx";
import { WeekSection } from "./week/WeekSection.tsx";
import "./plan-page.css";

/** A plan: the season's band of weeks, one week open, the charts and the history. */
export function PlanPage({ id }: { id: string }) {
  const query = usePlan(id);
  const [search, setSearch] = useSearchParams();
  const asked = Number(search.get("week"));
  const record = query.data;
  const weekIndex = useMemo(() => {
    if (!record) return 0;
    const count = record.plan.weeks.length;
    if (Number.isInteger(asked) && asked >= 1 && asked <= count) return asked - 1;
    return openingWeek(record.plan, localToday());
  }, [record, asked]);
  // One function for the page's life, so the memoised week cells are not drawn again.
  const setSearchRef = useRef(setSearch);
  setSearchRef.current = setSearch;
  const goals = record?.plan.goals.map((g) => g.name ?? g.id).join(" + ");
  useTitle(goals ? `${goals}, week ${weekIndex + 1}` : "Plan");
  const selectWeek = useCallback(
    (index: number) => setSearchRef.current({ week: String(index + 1) }, { replace: true }),
    [],
  );

  if (query.isPending) return <PlanSkeleton />;
  if (query.isError) {
    const missing = query.error instanceof ApiError && query.error.status === 404;
    return (
      <section className="page narrow">
        {missing ? (
          <>
            <h1>No such plan</h1>
            <p>
              There is no plan at this address: it may have been deleted.{" "}
              <Link href="/">See your plans</Link>.
            </p>
          </>
        ) : (
          <ErrorNote
            title="The plan could not be loaded"
            error={query.error}
            retry={() => void query.refetch()}
          />
        )}
      </section>
    );
  }
  return (
    <PlanViewProvider record={query.data}>
      <div className="page plan-page">
        <PlanOverview />
        <PhaseTimeline selected={weekIndex} onSelect={selectWeek} />
        <WeekSection weekIndex={weekIndex} onSelect={selectWeek} />
        <ChartsSlot selectedWeek={weekIndex} />
        <RevisionHistory />
      </div>
    </PlanViewProvider>
  );
}
