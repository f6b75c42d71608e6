import { generatePlan } from "@cairn/engine";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { exampleScenario } from "../test-support.ts";
import type { Db } from "./database.ts";
import { migrateToLatest, migratorFor } from "./migrations.ts";
import { readPlan } from "./plan-reads.ts";
import { insertPlan } from "./plan-writes.ts";
import { storageTargets } from "./test-databases.ts";

describe.each(storageTargets())("migrations on $name", ({ open }) => {
  it("build the schema from an empty database, and undo it", async () => {
    const { db, close } = await open();
    try {
      expect(await tableNames(db)).toEqual([]);
      await migrateToLatest(db);
      expect(await tableNames(db)).toEqual(["athletes", "plan_revisions", "plans"]);
      const applied = await migratorFor(db).getMigrations();
      expect(applied.map((m) => [m.name, m.executedAt !== undefined])).toEqual([
        ["0001_plans", true],
        ["0002_plan_request_keys", true],
        ["0003_plan_json_once", true],
        ["0004_packed_plans", true],
      ]);
      expect(await db.selectFrom("athletes").select("id").execute()).toEqual([{ id: "local" }]);

      // A second start finds nothing to do.
      await migrateToLatest(db);
      const columns = async () =>
        (await db.introspection.getTables()).find((t) => t.name === "plans")?.columns.length;
      expect(await columns()).toBe(10);
      expect((await migratorFor(db).migrateDown()).error).toBeUndefined();
      expect(await columns()).toBe(10);
      expect((await migratorFor(db).migrateDown()).error).toBeUndefined();
      expect(await columns()).toBe(11);
      expect((await migratorFor(db).migrateDown()).error).toBeUndefined();
      expect(await columns()).toBe(10);
      const { error } = await migratorFor(db).migrateDown();
      expect(error).toBeUndefined();
      expect(await tableNames(db)).toEqual([]);
      await migrateToLatest(db);
      expect(await tableNames(db)).toHaveLength(3);
    } finally {
      await close();
    }
  });

  it("moves no plan when undone: the plan row gets back the JSON its current revision holds", async () => {
    const { db, close } = await open();
    try {
      await migrateToLatest(db);
      const stored = await storeExample(db);
      expect((await migratorFor(db).migrateTo("0003_plan_json_once")).error).toBeUndefined();
      const revisions = await sql<{ plan_json: string }>`select plan_json from plan_revisions`;
      expect((await revisions.execute(db)).rows).toEqual([{ plan_json: stored.planJson }]);
      expect((await migratorFor(db).migrateDown()).error).toBeUndefined();
      const { rows } = await sql<{ plan_json: string }>`select plan_json from plans`.execute(db);
      expect(rows).toEqual([{ plan_json: stored.planJson }]);
    } finally {
      await close();
    }
  });

  it("packs the revisions stored before plans were packed, each read back as it was", async () => {
    const { db, close } = await open();
    try {
      await migrateToLatest(db);
      const stored = await storeExample(db);
      expect((await migratorFor(db).migrateTo("0003_plan_json_once")).error).toBeUndefined();
      await migrateToLatest(db);
      expect(await readPlan(db, stored.id)).toEqual({
        id: stored.id,
        revision: 0,
        planJson: stored.planJson,
      });
    } finally {
      await close();
    }
  });
});

async function storeExample(db: Db) {
  const generated = generatePlan(exampleScenario("5k-beginner-no-history"), {
    today: "2026-11-25",
  });
  if (!generated.ok) throw new Error("the example no longer generates");
  return insertPlan(db, {}, { plan: generated.value, kind: "generate", summary: "" });
}

/** The app's tables, whatever the dialect (Kysely's own bookkeeping left out). */
async function tableNames(db: Db): Promise<string[]> {
  const tables = await db.introspection.getTables();
  return tables
    .map((t) => t.name)
    .filter((name) => !name.startsWith("kysely_"))
    .sort();
}
