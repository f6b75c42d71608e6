import { generatePlan, type Plan } from "@cairn/engine";
import { describe, expect, it } from "vitest";
import { exampleScenario } from "../test-support.ts";
import type { Db } from "./database.ts";
import { migrateToLatest } from "./migrations.ts";
import { listPlans, listRevisions, readPlan, readRevision } from "./plan-reads.ts";
import { deletePlan, insertPlan, writeRevision } from "./plan-writes.ts";
import { storageTargets } from "./test-databases.ts";

const scenario = exampleScenario("5k-beginner-no-history");
const generated = generatePlan(scenario, { today: "2026-11-25" });
if (!generated.ok) throw new Error("the example no longer generates");
const plan = generated.value;

/** A revision that changes something visible: the plan's warnings dropped. */
const quieter = (current: Plan) => ({
  plan: { ...current, warnings: [], changes: [{ kind: "edit" as const, summary: "quieter" }] },
  kind: "edit",
  summary: "quieter",
});

describe.each(storageTargets())("plan storage on $name", ({ open }) => {
  async function withDb(test: (db: Db) => Promise<void>) {
    const { db, close } = await open();
    try {
      await migrateToLatest(db);
      await test(db);
    } finally {
      await close();
    }
  }

  it("stores a plan as revision 0 and reads it back, whole and listed", () =>
    withDb(async (db) => {
      const stored = await insertPlan(db, scenario, { plan, kind: "generate", summary: "made" });
      expect(stored.revision).toBe(0);
      const read = await readPlan(db, stored.id);
      expect(JSON.parse(read?.planJson ?? "")).toEqual({ ...plan, revision: 0 });
      expect(await listPlans(db)).toMatchObject([
        { id: stored.id, revision: 0, startDate: plan.startDate, goals: [{ distanceKm: 5 }] },
      ]);
      expect(await listRevisions(db, stored.id)).toMatchObject([
        { revision: 0, kind: "generate", summary: "made" },
      ]);
      expect(await readPlan(db, "missing")).toBeUndefined();
      expect(await listRevisions(db, "missing")).toBeUndefined();
    }));

  it("stores one plan for one request key, however many times and however at once it comes", () =>
    withDb(async (db) => {
      const made = { plan, kind: "generate", summary: "made" };
      const inserts = [1, 2, 3, 4].map(() => insertPlan(db, scenario, made, "request-0001"));
      const stored = await Promise.all(inserts);
      expect(stored.filter((s) => s.created)).toHaveLength(1);
      expect(new Set(stored.map((s) => s.id)).size).toBe(1);
      expect(await listPlans(db)).toHaveLength(1);
      expect((await insertPlan(db, scenario, made, "request-0002")).created).toBe(true);
      expect((await insertPlan(db, scenario, made)).created).toBe(true);
      expect(await listPlans(db)).toHaveLength(3);
    }));

  it("writes the next revision only on the current one, and keeps every revision", () =>
    withDb(async (db) => {
      const { id } = await insertPlan(db, scenario, { plan, kind: "generate", summary: "made" });
      const written = await writeRevision(db, id, 0, quieter);
      expect(written).toMatchObject({ status: "written", record: { revision: 1 } });
      expect(await writeRevision(db, id, 0, quieter)).toEqual({
        status: "stale",
        currentRevision: 1,
      });
      expect(await writeRevision(db, "missing", 0, quieter)).toEqual({ status: "missing" });
      expect(await writeRevision(db, id, 1, () => undefined)).toMatchObject({
        status: "unchanged",
        record: { revision: 1 },
      });
      const first = await readRevision(db, id, 0);
      expect(JSON.parse(first?.planJson ?? "").warnings).toEqual(plan.warnings);
      const now = JSON.parse((await readPlan(db, id))?.planJson ?? "");
      expect(now).toMatchObject({ revision: 1, warnings: [] });
      expect((await listRevisions(db, id))?.map((r) => r.changes)).toEqual([
        [],
        [{ kind: "edit", summary: "quieter" }],
      ]);
    }));

  it("leaves nothing behind when a change is refused halfway", () =>
    withDb(async (db) => {
      const { id } = await insertPlan(db, scenario, { plan, kind: "generate", summary: "made" });
      const refuse = () => {
        throw new Error("refused");
      };
      await expect(writeRevision(db, id, 0, refuse)).rejects.toThrow("refused");
      expect((await readPlan(db, id))?.revision).toBe(0);
      expect(await listRevisions(db, id)).toHaveLength(1);
    }));

  it("lets one of several simultaneous writes on the same revision through", () =>
    withDb(async (db) => {
      const { id } = await insertPlan(db, scenario, { plan, kind: "generate", summary: "made" });
      const results = await Promise.all([1, 2, 3, 4].map(() => writeRevision(db, id, 0, quieter)));
      expect(results.filter((r) => r.status === "written")).toHaveLength(1);
      expect(results.filter((r) => r.status === "stale")).toHaveLength(3);
      expect(await listRevisions(db, id)).toHaveLength(2);
    }));

  it("deletes a plan with its revisions", () =>
    withDb(async (db) => {
      const { id } = await insertPlan(db, scenario, { plan, kind: "generate", summary: "made" });
      await writeRevision(db, id, 0, quieter);
      expect(await deletePlan(db, id)).toBe(true);
      expect(await deletePlan(db, id)).toBe(false);
      expect(await readRevision(db, id, 1)).toBeUndefined();
      expect(await listPlans(db)).toEqual([]);
    }));
});
