import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generatePlan, type Plan } from "@cairn/engine";

const examplesDir = join(import.meta.dirname, "../../../../examples");
const cache = new Map<string, Plan>();

/** An example scenario planned by the engine, as the server would store it (made once). */
export function examplePlan(name: string): Plan {
  const known = cache.get(name);
  if (known) return known;
  const scenario: unknown = JSON.parse(readFileSync(join(examplesDir, `${name}.json`), "utf8"));
  const result = generatePlan(scenario, { today: "2026-11-25" });
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
  cache.set(name, result.value);
  return result.value;
}
