import type { PlanWarning } from "@cairn/engine";
import { WarningCard } from "./WarningCard.tsx";
import "./warnings.css";

/** Warnings with a choice first: they ask the runner something. */
export function WarningList({
  warnings,
  heading,
}: {
  warnings: readonly PlanWarning[];
  heading: string;
}) {
  if (warnings.length === 0) return null;
  const ordered = [...warnings].sort(
    (a, b) => Number(!!b.choices?.length) - Number(!!a.choices?.length),
  );
  return (
    <section className="warning-list" aria-label={heading}>
      {ordered.map((w) => (
        <WarningCard key={w.id} warning={w} />
      ))}
    </section>
  );
}
