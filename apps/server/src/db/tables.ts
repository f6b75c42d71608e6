/**
 * The tables as Kysely sees them. JSON is stored as text, so SQLite and PostgreSQL hold the
 * same; a revision's plan, the one big value, is stored packed (`packed-plan.ts`).
 */
export interface Tables {
  athletes: AthletesTable;
  plans: PlansTable;
  plan_revisions: PlanRevisionsTable;
}

export interface AthletesTable {
  id: string;
  created_at: string;
}

export interface PlansTable {
  id: string;
  athlete_id: string;
  /** The scenario as the runner sent it, before the engine filled its defaults. */
  scenario_json: string;
  /** The current revision: its row in `plan_revisions` holds the plan. */
  revision: number;
  start_date: string;
  end_date: string;
  /** The goals' id, name, date and distance, for listing plans without reading them whole. */
  goals_json: string;
  /** The `Idempotency-Key` of the request that made the plan, when it sent one. */
  request_key: string | null;
  created_at: string;
  updated_at: string;
}

export interface PlanRevisionsTable {
  plan_id: string;
  revision: number;
  /** generate, regenerate, choice, lock, unlock, move, edit, delete, add, log, replan or revert. */
  kind: string;
  summary: string;
  /** The engine's change list for this revision (`Change[]`). */
  changes_json: string;
  /** The plan's JSON, packed (`packPlan`). */
  plan_packed: Uint8Array;
  created_at: string;
}
