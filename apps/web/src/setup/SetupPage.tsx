import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useMemo, useState } from "react";
import { useLocation, useSearchParams } from "wouter";
import { ApiError, describeError } from "../api/api-error.ts";
import { requestKey, sendJson } from "../api/client.ts";
import type { PlanRecord } from "../api/plan-types.ts";
import { planKey, planListKey } from "../api/queries.ts";
import { localToday } from "../format/clock.ts";
import { useStatus } from "../ui/status.tsx";
import { useUnitsChoice } from "../ui/units.tsx";
import { AthleteSection } from "./AthleteSection.tsx";
import { ConstraintsSection } from "./ConstraintsSection.tsx";
import { type Draft, emptyDraft } from "./draft.ts";
import { convertDraft, draftOfScenario } from "./draft-of-scenario.ts";
import { ExamplePicker } from "./ExamplePicker.tsx";
import { examples } from "./examples.ts";
import { GoalsSection } from "./GoalsSection.tsx";
import { HistorySection } from "./HistorySection.tsx";
import { ProblemSummary } from "./ProblemSummary.tsx";
import { shiftExample } from "./shift-example.ts";
import { validateDraft } from "./validation.ts";
import { ValidationContext } from "./validation-context.tsx";
import "./setup.css";
import { useTitle } from "../ui/use-title.ts";

/** A new plan: goals, the runner, their recent training and their week; checked as typed. */
export default function SetupPage() {
  const { units } = useUnitsChoice();
  const today = localToday();
  const [search] = useSearchParams();
  const [, navigate] = useLocation();
  const { announce } = useStatus();
  const client = useQueryClient();
  useTitle("New plan");
  const [draft, setDraft] = useState<Draft>(() =>
    initialDraft(search.get("example"), units, today),
  );
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverProblems, setServerProblems] = useState<{ field: string; message: string }[]>([]);

  useEffect(() => setDraft((d) => convertDraft(d, units)), [units]);
  const validation = useMemo(() => validateDraft(draft, today), [draft, today]);
  const problems = validation.problems.length > 0 ? validation.problems : serverProblems;

  const create = useMutation({
    mutationFn: (scenario: unknown) =>
      sendJson<PlanRecord>(
        "POST",
        "/api/plans",
        { scenario, today },
        { "idempotency-key": requestKey() },
      ),
    onSuccess: (record) => {
      client.setQueryData(planKey(record.id), record);
      void client.invalidateQueries({ queryKey: planListKey });
      announce(`Your plan is ready: ${record.plan.weeks.length} weeks.`, "success");
      navigate(`/plans/${encodeURIComponent(record.id)}`);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.issues.length > 0)
        setServerProblems(
          error.issues.map((i) => ({ ...i, field: i.field.replace(/^scenario\./, "") })),
        );
      announce(describeError(error), "error");
    },
  });

  const change = (next: Draft) => {
    setDraft(next);
    setServerProblems([]);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (validation.problems.length === 0) create.mutate(validation.scenario);
  };
  const form = {
    problems,
    touched,
    submitted,
    touch: (path: string) => setTouched((t) => (t.has(path) ? t : new Set(t).add(path))),
  };
  return (
    <div className="page setup-page">
      <h1>New plan</h1>
      <ExamplePicker
        onPick={(example) => {
          change(draftOfScenario(shiftExample(example.scenario, today), units));
          setTouched(new Set());
          setSubmitted(false);
          announce(`Loaded the example "${example.title}": change anything, then make the plan.`);
        }}
      />
      <ValidationContext.Provider value={form}>
        <form onSubmit={submit} noValidate aria-label="Plan setup">
          <GoalsSection
            goals={draft.goals}
            units={units}
            onChange={(goals) => change({ ...draft, goals })}
          />
          <AthleteSection
            athlete={draft.athlete}
            units={units}
            onChange={(athlete) => change({ ...draft, athlete })}
          />
          <HistorySection
            weeks={draft.historyWeeks}
            units={units}
            startDate={draft.startDate || today}
            onChange={(historyWeeks) => change({ ...draft, historyWeeks })}
          />
          <ConstraintsSection
            constraints={draft.constraints}
            startDate={draft.startDate}
            onChange={(constraints) => change({ ...draft, constraints })}
            onStartDate={(startDate) => change({ ...draft, startDate })}
          />
          {submitted && <ProblemSummary problems={problems} />}
          <div className="submit-row">
            <button type="submit" className="button primary" disabled={create.isPending}>
              {create.isPending ? "Making your plan…" : "Make my plan"}
            </button>
            <span className="muted">
              {validation.problems.length === 0
                ? "Everything checks out."
                : `${validation.problems.length} thing${validation.problems.length === 1 ? "" : "s"} to fix first.`}
            </span>
          </div>
        </form>
      </ValidationContext.Provider>
    </div>
  );
}

function initialDraft(exampleId: string | null, units: Draft["units"], today: string): Draft {
  const example = examples.find((e) => e.id === exampleId);
  return example
    ? draftOfScenario(shiftExample(example.scenario, today), units)
    : emptyDraft(units);
}
