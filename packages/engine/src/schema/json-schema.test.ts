import { describe, expect, it } from "vitest";
import beginner5k from "../../../../examples/5k-beginner-no-history.json" with { type: "json" };
import trail100k from "../../../../examples/100k-trail-intermediate.json" with { type: "json" };
import mountain100mi from "../../../../examples/100mi-mountain-advanced.json" with { type: "json" };
import hmAnd50k from "../../../../examples/hm-and-50k.json" with { type: "json" };
import marathon from "../../../../examples/marathon-advanced.json" with { type: "json" };
import racesTooClose from "../../../../examples/two-a-races-too-close.json" with { type: "json" };
import planSchemaFile from "../../schema/plan.schema.json" with { type: "json" };
import scenarioSchemaFile from "../../schema/scenario.schema.json" with { type: "json" };
import { planJsonSchema, scenarioJsonSchema } from "./json-schema.ts";
import { scenarioSchema } from "./scenario.ts";

// JSON imports rather than node:fs: the engine's tests obey its no-Node-APIs rule too.

describe("the JSON Schema files in packages/engine/schema", () => {
  it.each([
    ["scenario.schema.json", scenarioSchemaFile, scenarioJsonSchema],
    ["plan.schema.json", planSchemaFile, planJsonSchema],
  ])("%s matches the zod schema (else run `npm run schemas`)", (_, onDisk, generate) => {
    expect(onDisk).toEqual(generate());
  });
});

describe("the example scenarios", () => {
  it.each([
    ["100k-trail-intermediate", trail100k],
    ["100mi-mountain-advanced", mountain100mi],
    ["5k-beginner-no-history", beginner5k],
    ["hm-and-50k", hmAnd50k],
    ["marathon-advanced", marathon],
    ["two-a-races-too-close", racesTooClose],
  ])("%s parses as a scenario", (_, example) => {
    const parsed = scenarioSchema.safeParse(example);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });
});
