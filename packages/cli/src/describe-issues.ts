import { formatIssue, type InputIssue } from "@cairn/engine";

/** The input's problems as one line: the first in full, then how many more there are. */
export function describeIssues(issues: readonly InputIssue[]): string {
  const [first, ...rest] = issues;
  if (first === undefined) return "the input is invalid";
  const more =
    rest.length === 0 ? "" : ` (and ${rest.length} more problem${rest.length > 1 ? "s" : ""})`;
  return `${formatIssue(first)}${more}`;
}
