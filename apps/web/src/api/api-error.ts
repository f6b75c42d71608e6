/** The API's errors (`{"error": {"code", "message", "field"?}}`) as values the views can word. */

export interface IssueDetail {
  field: string;
  message: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;
  /** On 409 stale_revision: the revision the plan is at now. */
  readonly currentRevision: number | undefined;
  /** On invalid_scenario: every issue the engine found. */
  readonly issues: readonly IssueDetail[];

  constructor(status: number, code: string, message: string, details: ErrorDetails = {}) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.field = details.field;
    this.currentRevision = details.currentRevision;
    this.issues = details.issues ?? [];
  }

  get isStale(): boolean {
    return this.code === "stale_revision";
  }
}

interface ErrorDetails {
  field?: string | undefined;
  currentRevision?: number | undefined;
  issues?: IssueDetail[] | undefined;
}

/** An error answer's body, whatever it holds: a proxy's HTML page is still an error in words. */
export function apiErrorOf(status: number, body: unknown): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  if (!error) return new ApiError(status, "http_error", fallbackMessage(status));
  const text = (key: string) => (typeof error[key] === "string" ? error[key] : undefined);
  const issues = Array.isArray(error.issues) ? error.issues.filter(isIssue) : undefined;
  return new ApiError(
    status,
    text("code") ?? "http_error",
    text("message") ?? fallbackMessage(status),
    {
      field: text("field"),
      currentRevision:
        typeof error.currentRevision === "number" ? error.currentRevision : undefined,
      issues,
    },
  );
}

/** The request never got an answer: the server is down or the network is gone. */
export function networkError(): ApiError {
  return new ApiError(
    0,
    "network",
    "Cannot reach the Cairn server. Check that it is running (npm start), then try again.",
  );
}

function fallbackMessage(status: number): string {
  if (status >= 500) return `The server failed (HTTP ${status}). Try again in a moment.`;
  return `The server refused the request (HTTP ${status}).`;
}

/** A sentence for any error a query or write may throw. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return "Something went wrong.";
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function isIssue(value: unknown): value is IssueDetail {
  return isRecord(value) && typeof value.field === "string" && typeof value.message === "string";
}
