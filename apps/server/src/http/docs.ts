import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import { jsonSchemaTransform } from "fastify-type-provider-zod";

/**
 * The OpenAPI document, made from the routes' zod schemas, at /api/openapi.json, and Swagger
 * UI over it at /api/docs. Register before the routes: the document collects them as they come.
 */
export async function registerDocs(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      info: {
        title: "Cairn API",
        description:
          "Training plans for ultra runners: generate, steer and keep every revision. Errors are always `{error: {code, message, field?}}`.",
        version: "0.1.0",
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, {
    routePrefix: "/api/docs",
    staticCSP: true,
    // Plain HTTP on loopback: asking the browser to upgrade would break the page's own assets.
    transformStaticCSP: (header) => header.replace(/\s*upgrade-insecure-requests;/, ""),
  });
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
}
