/**
 * Writes the JSON Schemas of the two contracts to packages/engine/schema/ for editors and
 * tools outside TypeScript. Run `npm run schemas` after changing a zod schema: a test
 * (src/schema/json-schema.test.ts) fails until the files match the schemas again.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { planJsonSchema, scenarioJsonSchema } from "../src/schema/json-schema.ts";

const schemaDir = new URL("../schema/", import.meta.url);
const schemas = {
  "scenario.schema.json": scenarioJsonSchema(),
  "plan.schema.json": planJsonSchema(),
};

mkdirSync(schemaDir, { recursive: true });
for (const [fileName, schema] of Object.entries(schemas)) {
  writeFileSync(new URL(fileName, schemaDir), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote packages/engine/schema/${fileName}`);
}
