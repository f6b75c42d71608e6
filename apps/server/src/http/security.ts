import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance } from "fastify";
import helmet from "helmet";

/**
 * The web app's Content-Security-Policy: its own scripts, styles, images and API only; no
 * inline code, no framing, no plugins. (Swagger UI's pages under /api/docs send the policy
 * its plugin makes for them.) No upgrade-insecure-requests: the server speaks plain HTTP on
 * loopback, and TLS belongs to a proxy in front of it.
 */
const contentSecurityPolicy = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", "data:"],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

/**
 * Security headers on every answer, and a per-client budget for the generation routes.
 * helmet's middleware is built once here: @fastify/helmet builds it anew on every request,
 * which cost a tenth of a plan read.
 */
export async function registerSecurity(app: FastifyInstance) {
  const securityHeaders = helmet({ contentSecurityPolicy, strictTransportSecurity: false });
  app.addHook("onRequest", (request, reply, done) =>
    securityHeaders(request.raw, reply.raw, () => done()),
  );
  // Routes opt in with `config: { rateLimit: generationLimit }`; reads stay unlimited.
  await app.register(rateLimit, { global: false });
}

/** The route option that puts a route under the generation budget (0: no limit). */
export function generationLimit(perMinute: number) {
  return perMinute > 0 ? { rateLimit: { max: perMinute, timeWindow: "1 minute" } } : {};
}
