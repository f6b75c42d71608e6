import type { Change } from "@cairn/engine";
import type { Db } from "./database.ts";
import { unpackPlan } from "./packed-plan.ts";

/** A plan as stored: its current revision and the plan JSON, kept as text to be sent as is. */
export interface PlanRecord {
  id: string;
  revision: number;
  planJson: string;
}

export interface PlanSummary {
  id: string;
  revision: number;
  startDate: string;
  endDate: string;
  goals: { id: string; name?: string; date: string; distanceKm: number }[];
  createdAt: string;
  updatedAt: string;
}

export interface RevisionSummary {
  revision: number;
  kind: string;
  summary: string;
  changes: Change[];
  createdAt: string;
}

/** The plan at its current revision (the revision's row holds the plan, packed). */
export async function readPlan(db: Db, id: string): Promise<PlanRecord | undefined> {
  const row = await db
    .selectFrom("plans")
    .innerJoin("plan_revisions", (join) =>
      join
        .onRef("plan_revisions.plan_id", "=", "plans.id")
        .onRef("plan_revisions.revision", "=", "plans.revision"),
    )
    .select(["plans.revision", "plan_revisions.plan_packed"])
    .where("plans.id", "=", id)
    .executeTakeFirst();
  return row && { id, revision: row.revision, planJson: unpackPlan(row.plan_packed) };
}

/** Just the plan's current revision: enough to tell whether a copy already sent is current. */
export async function currentRevision(db: Db, id: string): Promise<number | undefined> {
  const row = await db
    .selectFrom("plans")
    .select("revision")
    .where("id", "=", id)
    .executeTakeFirst();
  return row?.revision;
}

export async function readRevision(
  db: Db,
  id: string,
  revision: number,
): Promise<PlanRecord | undefined> {
  const row = await db
    .selectFrom("plan_revisions")
    .select("plan_packed")
    .where("plan_id", "=", id)
    .where("revision", "=", revision)
    .executeTakeFirst();
  return row && { id, revision, planJson: unpackPlan(row.plan_packed) };
}

/** Every plan, the latest changed first. */
export async function listPlans(db: Db): Promise<PlanSummary[]> {
  const rows = await db
    .selectFrom("plans")
    .select(["id", "revision", "start_date", "end_date", "goals_json", "created_at", "updated_at"])
    .orderBy("updated_at", "desc")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    revision: r.revision,
    startDate: r.start_date,
    endDate: r.end_date,
    goals: JSON.parse(r.goals_json),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

/** A plan's revisions, oldest first, without their plans; undefined when there is no such plan. */
export async function listRevisions(db: Db, id: string): Promise<RevisionSummary[] | undefined> {
  const rows = await db
    .selectFrom("plan_revisions")
    .select(["revision", "kind", "summary", "changes_json", "created_at"])
    .where("plan_id", "=", id)
    .orderBy("revision", "asc")
    .execute();
  if (rows.length === 0) return undefined;
  return rows.map((r) => ({
    revision: r.revision,
    kind: r.kind,
    summary: r.summary,
    changes: JSON.parse(r.changes_json),
    createdAt: r.created_at,
  }));
}
