/**
 * Fastify's logger (pino), told to keep personal data out: a request is logged as its method,
 * its route pattern and its status, never its body, query, headers or client address (a plan
 * holds a runner's name, races and training). Headers that carry credentials are redacted in
 * case anything logs a raw request.
 */
export function loggerOptions(level: string) {
  return {
    level,
    redact: {
      paths: ["req.headers.authorization", "req.headers.cookie", 'res.headers["set-cookie"]'],
      censor: "[redacted]",
    },
    serializers: {
      req: (request: { method: string; routeOptions?: { url?: string | undefined } }) => ({
        method: request.method,
        // The pattern (`/api/plans/:id`), so plan and workout ids stay out of the log too.
        route: request.routeOptions?.url ?? "unknown",
      }),
      res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
    },
  };
}
