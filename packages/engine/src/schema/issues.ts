import type { z } from "zod";

/** A problem with a scenario or plan document: which field, and why. */
export interface InputIssue {
  /** Dotted path of the field: `goals.0.date`; empty for the document itself. */
  field: string;
  message: string;
}

export function formatIssue(issue: InputIssue): string {
  return issue.field ? `${issue.field}: ${issue.message}` : issue.message;
}

/** zod's issues as the engine's: the field's dotted path and a reason a person can act on. */
export function zodIssues(error: z.ZodError): InputIssue[] {
  return error.issues.map((i) => {
    const field = i.path.map(String).join(".");
    if (i.code === "unrecognized_keys") {
      return {
        field,
        message: `unknown field${i.keys.length > 1 ? "s" : ""} ${i.keys.map((k) => `"${k}"`).join(", ")}`,
      };
    }
    if (i.code === "invalid_type" && i.input === undefined)
      return { field, message: "is required" };
    // zod's own wording for a number out of range ("Too big: expected number to be <=230").
    if (
      (i.code === "too_big" || i.code === "too_small") &&
      /^Too \w+: expected number/.test(i.message)
    )
      return { field, message: outOfRange(i) };
    return { field, message: i.message.replace(/^Invalid input: /, "") };
  });
}

/** "is 500: must be at most 230" */
function outOfRange(i: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall): string {
  const got = typeof i.input === "number" ? `is ${i.input}: ` : "";
  if (i.code === "too_big")
    return `${got}must be ${i.inclusive ? "at most" : "below"} ${i.maximum}`;
  return `${got}must be ${i.inclusive ? "at least" : "above"} ${i.minimum}`;
}
