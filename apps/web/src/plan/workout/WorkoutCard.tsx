import type { Workout } from "@cairn/engine";
import {
  averagePace,
  formatDistance,
  formatDuration,
  formatPace,
  formatVert,
} from "../../format/units.ts";
import { shareParts } from "../../view/goals.ts";
import { isRunning } from "../../view/week-facts.ts";
import { usePlanView } from "../plan-view.tsx";
import { ContributionLine } from "./ContributionLine.tsx";
import { LockToggle } from "./LockToggle.tsx";
import { WorkoutDetails, type WorkoutPlace } from "./WorkoutDetails.tsx";
import { typeName } from "./workout-types.ts";
import { ZoneBar } from "./ZoneBar.tsx";
import "./workout.css";

/** What to run and why: type, time, distance and pace, zones, goals served, lock and steps. */
export function WorkoutCard({ workout, place }: { workout: Workout; place: WorkoutPlace }) {
  const { looks, units } = usePlanView();
  const running = isRunning(workout);
  const pace = averagePace(workout.durationMin, workout.distanceKm);
  const facts = [
    formatDuration(workout.durationMin),
    running && workout.distanceKm > 0 ? formatDistance(workout.distanceKm, units) : "",
    running && pace ? `~${formatPace(pace, units)}` : "",
    workout.vertM > 0 ? `${formatVert(workout.vertM, units)} up` : "",
  ].filter(Boolean);
  const titleId = `workout-${workout.id}`;
  return (
    <article
      className="workout"
      data-type={workout.type}
      data-intensity={workout.intensity}
      data-locked={workout.locked ? "" : undefined}
      aria-labelledby={titleId}
      data-testid="workout"
      data-workout-id={workout.id}
    >
      <div className="workout-top">
        <span className="type-tag">{typeName(workout.type)}</span>
        {workout.key && <span className="badge key">Key</span>}
        <LockToggle workout={workout} />
      </div>
      <h5 id={titleId}>{workout.title}</h5>
      <p className="workout-facts">{facts.join(" · ")}</p>
      {running && <ZoneBar zoneMinutes={workout.zoneMinutes} />}
      {looks.length > 1 && <ContributionLine parts={shareParts(workout.contribution, looks)} />}
      <WorkoutDetails workout={workout} place={place} />
    </article>
  );
}
