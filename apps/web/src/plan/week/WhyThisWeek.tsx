import type { Week } from "@cairn/engine";
import { dayLabel } from "../../format/dates.ts";

/** The engine's reasons for the week, and for each of its key sessions. */
export function WhyThisWeek({ week }: { week: Week }) {
  const keys = week.days.flatMap((d) =>
    d.workouts.filter((w) => w.key && w.why).map((w) => ({ date: d.date, workout: w })),
  );
  return (
    <section className="why-week panel" aria-labelledby="why-title">
      <h3 id="why-title">Why this week?</h3>
      <p data-testid="week-why">{week.why}</p>
      {keys.length > 0 && (
        <>
          <h4>Key sessions</h4>
          <ul>
            {keys.map(({ date, workout }) => (
              <li key={workout.id}>
                <strong>
                  {dayLabel(date)}, {workout.title}:
                </strong>{" "}
                {workout.why}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
