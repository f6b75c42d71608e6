import { type Kysely, type Migration, Migrator, PostgresAdapter, sql } from "kysely";
import type { Db } from "./database.ts";
import { packPlan, unpackPlan } from "./packed-plan.ts";

/** The one athlete of a single-user install: every plan belongs to it until accounts exist. */
export const localAthleteId = "local";

/**
 * Every schema change, in order, by name. A released migration is never edited: a change is a
 * new entry. The same code runs on SQLite and PostgreSQL: portable types, bytes excepted
 * (`blob` on SQLite, `bytea` on PostgreSQL).
 */
const migrations: Record<string, Migration> = {
  "0001_plans": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("athletes")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("plans")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("athlete_id", "text", (c) => c.notNull().references("athletes.id"))
        .addColumn("scenario_json", "text", (c) => c.notNull())
        .addColumn("plan_json", "text", (c) => c.notNull())
        .addColumn("revision", "integer", (c) => c.notNull())
        .addColumn("start_date", "text", (c) => c.notNull())
        .addColumn("end_date", "text", (c) => c.notNull())
        .addColumn("goals_json", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("plans_updated_at").on("plans").column("updated_at").execute();
      await db.schema
        .createTable("plan_revisions")
        .addColumn("plan_id", "text", (c) => c.notNull().references("plans.id").onDelete("cascade"))
        .addColumn("revision", "integer", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("summary", "text", (c) => c.notNull())
        .addColumn("changes_json", "text", (c) => c.notNull())
        .addColumn("plan_json", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("plan_revisions_pk", ["plan_id", "revision"])
        .execute();
      await (db as Kysely<{ athletes: { id: string; created_at: string } }>)
        .insertInto("athletes")
        .values({ id: localAthleteId, created_at: new Date().toISOString() })
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable("plan_revisions").execute();
      await db.schema.dropTable("plans").execute();
      await db.schema.dropTable("athletes").execute();
    },
  },
  // The client's key for the request that made a plan: the same request sent again (a browser
  // resending it on a dropped connection) finds its plan instead of making a second one.
  "0002_plan_request_keys": {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable("plans").addColumn("request_key", "text").execute();
      await db.schema
        .createIndex("plans_request_key")
        .unique()
        .on("plans")
        .column("request_key")
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropIndex("plans_request_key").execute();
      await db.schema.alterTable("plans").dropColumn("request_key").execute();
    },
  },
  // A plan's JSON lives once, in its revision: the plan row pointed at the current one and
  // held a second copy, which doubled every write (120 KB for a 27-week plan).
  "0003_plan_json_once": {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable("plans").dropColumn("plan_json").execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable("plans").addColumn("plan_json", "text").execute();
      await sql`update plans set plan_json = (select r.plan_json from plan_revisions r
        where r.plan_id = plans.id and r.revision = plans.revision)`.execute(db);
    },
  },
  // A revision's plan stored packed: a tenth of the size, a tenth of the pages each write
  // adds. Revisions already stored are packed in batches, so no plan is lost on the way.
  "0004_packed_plans": {
    async up(db: Kysely<unknown>) {
      const bytes = db.getExecutor().adapter instanceof PostgresAdapter ? "bytea" : "blob";
      await db.schema.alterTable("plan_revisions").addColumn("plan_packed", bytes).execute();
      await fillRevisions(db, "plan_packed", (row) => packPlan(String(row.plan_json)));
      await db.schema.alterTable("plan_revisions").dropColumn("plan_json").execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable("plan_revisions").addColumn("plan_json", "text").execute();
      await fillRevisions(db, "plan_json", (row) => unpackPlan(row.plan_packed as Uint8Array));
      await db.schema.alterTable("plan_revisions").dropColumn("plan_packed").execute();
    },
  },
};

/** A row of `plan_revisions` while a migration holds its plan in both columns. */
interface RevisionRow {
  plan_id: string;
  revision: number;
  plan_json: string | null;
  plan_packed: Uint8Array | null;
}

/**
 * Fill `column` of every revision from the row's other plan column, a batch of revisions at
 * a time so a large database never sits whole in memory.
 */
async function fillRevisions(
  db: Kysely<unknown>,
  column: "plan_json" | "plan_packed",
  fill: (row: RevisionRow) => string | Uint8Array,
): Promise<void> {
  const revisions = db as Kysely<{ plan_revisions: RevisionRow }>;
  for (;;) {
    const rows = await revisions
      .selectFrom("plan_revisions")
      .select(["plan_id", "revision", "plan_json", "plan_packed"])
      .where(column, "is", null)
      .limit(100)
      .execute();
    if (rows.length === 0) return;
    for (const row of rows) {
      await revisions
        .updateTable("plan_revisions")
        .set({ [column]: fill(row) })
        .where("plan_id", "=", row.plan_id)
        .where("revision", "=", row.revision)
        .execute();
    }
  }
}

/** A migrator over the list above; the server runs it to the latest version at every start. */
export function migratorFor(db: Db): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

/** Bring the database to the latest schema, or throw with the migration that failed. */
export async function migrateToLatest(db: Db): Promise<void> {
  const { error, results } = await migratorFor(db).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`database migration ${failed} failed`, { cause: error });
  }
}
