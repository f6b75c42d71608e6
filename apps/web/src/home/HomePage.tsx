import { Link } from "wouter";
import { usePlanList } from "../api/queries.ts";
import { localToday } from "../format/clock.ts";
import { longDate, relativeDays } from "../format/dates.ts";
import { formatDistance } from "../format/units.ts";
import { ErrorNote } from "../ui/ErrorNote.tsx";
import { useUnits } from "../ui/units.tsx";
import "./home.css";
import { useTitle } from "../ui/use-title.ts";

/** The runner's plans, the next race first, and the way to a new one. */
export function HomePage() {
  const plans = usePlanList();
  const units = useUnits();
  const today = localToday();
  useTitle("Your plans");
  return (
    <section className="page narrow home" aria-labelledby="home-title">
      <div className="home-head">
        <h1 id="home-title">Your plans</h1>
        <Link href="/new" className="button primary">
          New plan
        </Link>
      </div>
      {plans.isPending && (
        <p className="loading-line" role="status">
          Loading your plans…
        </p>
      )}
      {plans.isError && (
        <ErrorNote
          title="Your plans could not be loaded"
          error={plans.error}
          retry={() => void plans.refetch()}
        />
      )}
      {plans.data?.length === 0 && (
        <div className="panel empty">
          <h2>Plan your season</h2>
          <p>
            Tell Cairn your races, your recent training and the days you can run: it builds one plan
            for the whole season, from base to race day, and says why every week is the way it is.
          </p>
          <Link href="/new" className="button primary">
            Make your first plan
          </Link>
        </div>
      )}
      {plans.data && plans.data.length > 0 && (
        <ul className="plan-list">
          {plans.data.map((p) => {
            const goals = [...p.goals].sort((a, b) => (a.date < b.date ? -1 : 1));
            const last = goals.at(-1);
            return (
              <li key={p.id} className="panel">
                <Link href={`/plans/${encodeURIComponent(p.id)}`} className="plan-link">
                  {goals.map((g) => g.name ?? g.id).join(" + ")}
                </Link>
                <p className="muted">
                  {goals
                    .map((g) => `${formatDistance(g.distanceKm, units)} on ${longDate(g.date)}`)
                    .join(", ")}
                  {last ? ` · ${relativeDays(today, last.date)}` : ""} · revision {p.revision}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
