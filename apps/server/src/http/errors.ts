import type { InputIssue } from "@cairn/engine";
import type {
  FastifyError,
  FastifyReply,
  FastifyRequest,
  FastifySchemaValidationError,
} from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";

/** What every error response holds: `{"error": {code, message, field?, …}}`, never a stack. */
export interface ErrorBody {
  code: string;
  message: string;
  field?: string;
  [more: string]: unknown;
}

/** An answer other than success, thrown by a route and sent by `sendError`. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly body: ErrorBody,
  ) {
    super(body.message);
  }
}

export const notFound = (message: string, field?: string): ApiError =>
  new ApiError(404, field ? { code: "not_found", message, field } : { code: "not_found", message });

export const invalid = (field: string, message: string): ApiError =>
  new ApiError(400, { code: "invalid_request", message, field });

/** The engine's issues with a scenario, each field named from the request body's root. */
export function scenarioRefused(engineIssues: InputIssue[]): ApiError {
  const issues = engineIssues.map((i) => ({
    field: i.field ? `scenario.${i.field}` : "scenario",
    message: i.message,
  }));
  const first = issues[0] ?? { field: "scenario", message: "is not a scenario" };
  const message = `${first.field}: ${first.message}`;
  return new ApiError(400, { code: "invalid_scenario", message, field: first.field, issues });
}

/** Fastify's own errors, by code, as ours. */
const fastifyCodes: Record<string, [number, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, "body_too_large"],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, "unsupported_media_type"],
};

/** The error handler: every failure becomes the error body with the right status. */
export function sendError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const [status, body] = describe(error);
  if (status >= 500) request.log.error({ err: error }, "request failed");
  return reply.code(status).send({ error: body });
}

function describe(error: FastifyError): [number, ErrorBody] {
  if (error instanceof ApiError) return [error.statusCode, error.body];
  if (hasZodFastifySchemaValidationErrors(error)) return [400, validationBody(error)];
  const known = error.code ? fastifyCodes[error.code] : undefined;
  if (known) return [known[0], { code: known[1], message: error.message }];
  if (error.statusCode === 429) return [429, { code: "rate_limited", message: error.message }];
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500)
    return [status, { code: "bad_request", message: error.message }];
  return [500, { code: "internal", message: "the server failed to answer this request" }];
}

/** The first schema issue, naming its field: `scope.index`, or an unknown field itself. */
function validationBody(error: FastifyError & { validation: FastifySchemaValidationError[] }) {
  const issue = error.validation[0];
  const keys = issue?.params.keys;
  const unknown = Array.isArray(keys) && keys.length > 0;
  const path = unknown ? `${issue?.instancePath}/${keys[0]}` : (issue?.instancePath ?? "");
  const field = path.split("/").filter(Boolean).join(".") || error.validationContext || "body";
  const message = unknown ? "is not a known field" : (issue?.message ?? "is invalid");
  return { code: "invalid_request", message: `${field}: ${message}`, field };
}

/** Unknown routes under /api answer in JSON like every other error. */
export function sendNotFound(request: FastifyRequest, reply: FastifyReply) {
  const body = {
    code: "not_found",
    message: `no route ${request.method} ${request.url.split("?")[0]}`,
  };
  return reply.code(404).send({ error: body });
}
