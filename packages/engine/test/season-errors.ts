import type { Plan } from "../src/schema/plan.ts";
import type { Finding } from "../src/validate/finding.ts";
import { validatePlan } from "../src/validate/validate.ts";

/**
 * The rules a few seasons runners plan still break where small weeks meet their sessions'
 * floors: PR-1's cutback band, PR-3's spike cap, TP-2's fall and LR-3's share of the long run
 * (engine README: none of 10,000 realistic and varied seasons at seeds 1–6 and 1–4 on
 * 6 Dec, nor of 16,000 at further ones). Every other rule holds in these seasons; these hold
 * in all but `maxBrokenShare` of them.
 */
export const floorRules: ReadonlySet<string> = new Set(["PR-1", "PR-3", "TP-2", "LR-3"]);
export const maxBrokenShare = 0.01;

export const errorsOf = (plan: Plan): Finding[] =>
  validatePlan(plan).filter((f) => f.severity === "error");

export const named = (f: Finding): string => `${f.rule} ${f.measure ?? ""} week ${f.weekIndex}`;

/** The errors of rules that hold in every season: none is expected. */
export const unexpected = (errors: readonly Finding[]): string[] =>
  errors.filter((f) => !floorRules.has(f.rule)).map(named);
