import { type KeyboardEvent, Profiler, useEffect, useMemo, useRef } from "react";
import { cssVars } from "../../ui/css-vars.ts";
import { measureRender } from "../../ui/measure-render.ts";
import { timelineModel } from "../../view/timeline.ts";
import { usePlanView } from "../plan-view.tsx";
import { TimelineLegend } from "./TimelineLegend.tsx";
import { TimelineWeekButton } from "./TimelineWeekButton.tsx";
import "./timeline.css";

const moves: Record<string, (index: number, last: number) => number> = {
  ArrowRight: (i, last) => Math.min(last, i + 1),
  ArrowLeft: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_, last) => last,
  PageDown: (i, last) => Math.min(last, i + 4),
  PageUp: (i) => Math.max(0, i - 4),
};

/**
 * The whole season as a band of weeks: phases coloured by goal, races flagged with their
 * priority, cutbacks hatched, today marked. One tab stop; arrow keys move between weeks.
 */
export function PhaseTimeline({
  selected,
  onSelect,
}: {
  selected: number;
  onSelect(index: number): void;
}) {
  const { plan, looks, today } = usePlanView();
  const model = useMemo(() => timelineModel(plan, looks, today), [plan, looks, today]);
  const scroller = useRef<HTMLDivElement>(null);
  const focusNext = useRef(false);

  useEffect(() => {
    const box = scroller.current;
    const cell = box?.querySelector<HTMLButtonElement>(`[data-week="${selected}"]`);
    if (!cell || !box) return;
    if (focusNext.current) cell.focus({ preventScroll: true });
    focusNext.current = false;
    // Measured in the next frame, where the browser lays the page out anyway: reading sizes
    // here would force a layout of its own before the first paint.
    const frame = requestAnimationFrame(() => {
      const left = cell.offsetLeft - box.clientWidth / 2 + cell.offsetWidth / 2;
      const calm = matchMedia("(prefers-reduced-motion: reduce)").matches;
      if (Math.abs(box.scrollLeft - left) > 1)
        box.scrollTo({ left, behavior: calm ? "auto" : "smooth" });
    });
    return () => cancelAnimationFrame(frame);
  }, [selected]);

  const onKeyDown = (event: KeyboardEvent) => {
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    focusNext.current = true;
    onSelect(move(selected, model.weeks.length - 1));
  };

  const weekCount = model.weeks.length;
  return (
    <Profiler id="timeline" onRender={measureRender}>
      <section className="timeline panel" aria-labelledby="timeline-title">
        <div className="timeline-head">
          <h2 id="timeline-title">Season</h2>
          <TimelineLegend />
        </div>
        <div className="timeline-scroll" ref={scroller} data-testid="timeline-scroll">
          <div className="timeline-grid" style={cssVars({ "--weeks": weekCount })}>
            <div className="timeline-phases" aria-hidden="true">
              {model.phases.map((p) => (
                <div
                  key={p.index}
                  className="timeline-phase"
                  data-phase={p.kind}
                  title={p.label}
                  style={{
                    gridColumn: `${p.firstWeek + 1} / span ${p.weekCount}`,
                    ...cssVars({ "--goal": p.color }),
                  }}
                >
                  {p.weekCount > 1 ? p.label : p.label.slice(0, 1)}
                </div>
              ))}
            </div>
            <ol className="timeline-weeks" aria-label="Weeks of the plan" onKeyDown={onKeyDown}>
              {model.weeks.map((week) => (
                <TimelineWeekButton
                  key={week.index}
                  week={week}
                  selected={week.index === selected}
                  onSelect={onSelect}
                />
              ))}
            </ol>
            {model.today && (
              <div
                className="timeline-today"
                aria-hidden="true"
                style={{
                  left: `${((model.today.weekIndex * 7 + model.today.weekday + 0.5) / (weekCount * 7)) * 100}%`,
                }}
              >
                <span>Today</span>
              </div>
            )}
          </div>
        </div>
      </section>
    </Profiler>
  );
}
