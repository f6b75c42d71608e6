import { type Kysely, type Migration, Migrator, sql } from "kysely";
import type { Db } from "./database.ts";

/** The one athlete of a single-user install: every plan belongs to it until accounts exist. */
export const localAthleteId = "local";

/**
 * Every schema change, in order, by name. A released migration is never edited: a change is a
 * new entry. The same code runs on SQLite and PostgreSQL, so only portable types are used.
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
};

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
