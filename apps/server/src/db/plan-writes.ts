import { randomUUID } from "node:crypto";
import type { Plan } from "@cairn/engine";
import type { Db } from "./database.ts";
import { localAthleteId } from "./migrations.ts";
import { packPlan } from "./packed-plan.ts";
import { type PlanRecord, readPlan } from "./plan-reads.ts";

/** A new revision of a plan: the plan, how it came to be and a line saying what changed. */
export interface NewRevision {
  plan: Plan;
  kind: string;
  summary: string;
}

/** A change to the stored plan, read inside the write's transaction; it may throw to refuse. */
export type Step = (
  current: Plan,
  tx: Db,
) => NewRevision | undefined | Promise<NewRevision | undefined>;

export type WriteResult =
  | { status: "missing" }
  | { status: "stale"; currentRevision: number }
  | { status: "written" | "unchanged"; record: PlanRecord };

/** What the plan row keeps of a plan for listing (the plan itself is in its revision). */
const planColumns = (plan: Plan) => ({
  start_date: plan.startDate,
  end_date: plan.endDate,
  goals_json: JSON.stringify(
    plan.goals.map(({ id, name, date, distanceKm }) => ({ id, name, date, distanceKm })),
  ),
});

/** A stored plan, and whether this call made it or found the one its request key made. */
export type InsertedPlan = PlanRecord & { created: boolean; scenarioJson: string };

/**
 * Store a freshly generated plan as revision 0. With a `requestKey` already used, nothing is
 * stored and the plan that key made comes back (`created: false`) as it stands now.
 */
export async function insertPlan(
  db: Db,
  scenario: unknown,
  generated: NewRevision,
  requestKey?: string,
): Promise<InsertedPlan> {
  const id = randomUUID();
  const now = new Date().toISOString();
  const plan = { ...generated.plan, revision: 0 };
  const planJson = JSON.stringify(plan);
  const scenarioJson = JSON.stringify(scenario);
  try {
    return await db.transaction().execute(async (tx) => {
      const earlier = requestKey === undefined ? undefined : await planOfRequest(tx, requestKey);
      if (earlier) return earlier;
      await tx
        .insertInto("plans")
        .values({
          id,
          athlete_id: localAthleteId,
          scenario_json: scenarioJson,
          request_key: requestKey ?? null,
          revision: 0,
          created_at: now,
          updated_at: now,
          ...planColumns(plan),
        })
        .execute();
      await tx
        .insertInto("plan_revisions")
        .values(revisionRow(id, { ...generated, plan }, planJson, now))
        .execute();
      return { id, revision: 0, planJson, scenarioJson, created: true };
    });
  } catch (error) {
    // Two requests with one key at the same instant (PostgreSQL runs them side by side): the
    // second insert breaks the key's unique index, and the first one's plan is the answer.
    const earlier = requestKey === undefined ? undefined : await planOfRequest(db, requestKey);
    if (earlier) return earlier;
    throw error;
  }
}

async function planOfRequest(db: Db, requestKey: string): Promise<InsertedPlan | undefined> {
  const row = await db
    .selectFrom("plans")
    .select(["id", "scenario_json"])
    .where("request_key", "=", requestKey)
    .executeTakeFirst();
  const record = row && (await readPlan(db, row.id));
  return record && { ...record, scenarioJson: row.scenario_json, created: false };
}

export async function deletePlan(db: Db, id: string): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    await tx.deleteFrom("plan_revisions").where("plan_id", "=", id).execute();
    const result = await tx.deleteFrom("plans").where("id", "=", id).executeTakeFirst();
    return result.numDeletedRows > 0n;
  });
}

/**
 * Apply `step` to the plan at revision `basedOn` and store the result as the next revision,
 * all in one transaction: a write based on an older revision (another tab's) is refused,
 * never laid over a change it has not seen. Without `basedOn` the change applies to whatever
 * revision is current.
 */
export async function writeRevision(
  db: Db,
  id: string,
  basedOn: number | undefined,
  step: Step,
): Promise<WriteResult> {
  return db.transaction().execute(async (tx): Promise<WriteResult> => {
    const current = await readPlan(tx, id);
    if (!current) return { status: "missing" };
    if (basedOn !== undefined && current.revision !== basedOn)
      return { status: "stale", currentRevision: current.revision };
    // Stored plans were written by the engine and are read back as they were written.
    const next = await step(JSON.parse(current.planJson) as Plan, tx);
    if (!next) return { status: "unchanged", record: current };
    const revision = current.revision + 1;
    const plan: Plan = { ...next.plan, revision };
    const planJson = JSON.stringify(plan);
    const now = new Date().toISOString();
    const updated = await tx
      .updateTable("plans")
      .set({ ...planColumns(plan), revision, updated_at: now })
      .where("id", "=", id)
      .where("revision", "=", current.revision)
      .executeTakeFirst();
    // Guards the PostgreSQL path, where another server process may have written meanwhile.
    if (updated.numUpdatedRows !== 1n) {
      const latest = await readPlan(tx, id);
      return latest ? { status: "stale", currentRevision: latest.revision } : { status: "missing" };
    }
    await tx
      .insertInto("plan_revisions")
      .values(revisionRow(id, { ...next, plan }, planJson, now))
      .execute();
    return { status: "written", record: { id, revision, planJson } };
  });
}

function revisionRow(id: string, next: NewRevision, planJson: string, now: string) {
  return {
    plan_id: id,
    revision: next.plan.revision ?? 0,
    kind: next.kind,
    summary: next.summary,
    changes_json: JSON.stringify(next.plan.changes ?? []),
    plan_packed: packPlan(planJson),
    created_at: now,
  };
}
