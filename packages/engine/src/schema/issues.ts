/** A problem with a scenario or plan document: which field, and why. */
export interface InputIssue {
  /** Dotted path of the field: `goals.0.date`; empty for the document itself. */
  field: string;
  message: string;
}

export function formatIssue(issue: InputIssue): string {
  return issue.field ? `${issue.field}: ${issue.message}` : issue.message;
}
