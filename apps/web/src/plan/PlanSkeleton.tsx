/**
 * The plan page's frame while the plan loads, with the real sections' sizes, so nothing
 * jumps when the plan arrives.
 */
export function PlanSkeleton() {
  return (
    <div className="page plan-page" aria-busy="true">
      <section className="plan-overview skeleton">
        <p className="loading-line" role="status">
          Loading your plan…
        </p>
      </section>
      <section className="timeline panel skeleton" aria-hidden="true" />
      <section className="week-section skeleton" aria-hidden="true" />
    </div>
  );
}
