import type { Plan } from "@cairn/engine";
import { createContext, type ReactNode, useCallback, useContext, useMemo } from "react";
import type { PlanRecord } from "../api/plan-types.ts";
import { type PlanWrite, usePlanWrite, useWriting } from "../api/use-plan-write.ts";
import { localToday } from "../format/clock.ts";
import type { Units } from "../format/units.ts";
import { useUnits } from "../ui/units.tsx";
import { type GoalLook, goalLooks } from "../view/goals.ts";

/** What every part of the plan page reads: the plan, how its goals look, units, and writes. */
export interface PlanView {
  id: string;
  revision: number;
  plan: Plan;
  looks: GoalLook[];
  units: Units;
  today: string;
  /** Send a change; resolves true when it was made (errors are announced, not thrown). */
  write(change: PlanWrite): Promise<boolean>;
  /** A change is on its way: controls that write wait. */
  writing: boolean;
}

const PlanViewContext = createContext<PlanView | undefined>(undefined);

export function PlanViewProvider({
  record,
  children,
}: {
  record: PlanRecord;
  children: ReactNode;
}) {
  const mutation = usePlanWrite(record.id);
  const writing = useWriting(record.id);
  const units = useUnits(record.plan.scenario.units);
  const looks = useMemo(() => goalLooks(record.plan), [record.plan]);
  const { mutateAsync } = mutation;
  const write = useCallback(
    (change: PlanWrite) =>
      mutateAsync(change).then(
        () => true,
        () => false,
      ),
    [mutateAsync],
  );
  const view = useMemo(
    () => ({
      id: record.id,
      revision: record.revision,
      plan: record.plan,
      looks,
      units,
      today: localToday(),
      write,
      writing,
    }),
    [record, looks, units, write, writing],
  );
  return <PlanViewContext.Provider value={view}>{children}</PlanViewContext.Provider>;
}

export function usePlanView(): PlanView {
  const view = useContext(PlanViewContext);
  if (!view) throw new Error("usePlanView needs a PlanViewProvider");
  return view;
}
