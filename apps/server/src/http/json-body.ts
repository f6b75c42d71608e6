import type { FastifyInstance } from "fastify";
import { ApiError } from "./errors.ts";

/**
 * The API reads JSON only (any other body is a 415), through Fastify's own parser, which
 * refuses `__proto__` tricks. Two changes: an empty body is no body (a DELETE may carry its
 * revision in the query instead), and malformed JSON is answered with the code `bad_json`.
 */
export function parseJsonBodies(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser("error", "error");
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("application/json", { parseAs: "string" }, (request, body, done) => {
    if (body.length === 0) return done(null, undefined);
    parse(request, body.toString(), (error, value) => {
      if (error)
        return done(new ApiError(400, { code: "bad_json", message: "the body is not valid JSON" }));
      done(null, value);
    });
  });
}
