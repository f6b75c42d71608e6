import { z } from "zod";
import { planSchema } from "./plan.ts";
import { scenarioSchema } from "./scenario.ts";

/** JSON Schema (draft 2020-12) of the scenario as a user writes it. */
export const scenarioJsonSchema = (): Record<string, unknown> =>
  z.toJSONSchema(scenarioSchema, { io: "input", unrepresentable: "any" }) as Record<
    string,
    unknown
  >;

/** JSON Schema (draft 2020-12) of a plan document. */
export const planJsonSchema = (): Record<string, unknown> =>
  z.toJSONSchema(planSchema, { io: "output", unrepresentable: "any" }) as Record<string, unknown>;
