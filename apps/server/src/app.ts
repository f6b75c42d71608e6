import Fastify, { type FastifyInstance } from "fastify";
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import type { Db } from "./db/database.ts";
import { registerDocs } from "./http/docs.ts";
import { sendError } from "./http/errors.ts";
import { parseJsonBodies } from "./http/json-body.ts";
import { loggerOptions } from "./http/logging.ts";
import { generationLimit, registerSecurity } from "./http/security.ts";
import { registerWeb } from "./http/web.ts";
import type { RouteContext } from "./routes/context.ts";
import { exportRoutes } from "./routes/export.ts";
import { logRoutes } from "./routes/log.ts";
import { planRoutes } from "./routes/plans.ts";
import { revisionRoutes } from "./routes/revisions.ts";
import { steerRoutes } from "./routes/steer.ts";
import { workoutRoutes } from "./routes/workouts.ts";

export interface AppOptions {
  db: Db;
  webDir: string;
  generationsPerMinute: number;
  logLevel: string;
}

/** A body larger than this is refused with 413: the largest plan is about 160 KB. */
const bodyLimit = 1024 * 1024;

/** The HTTP app: API, its documentation and the web app, over an open database. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: loggerOptions(options.logLevel), bodyLimit });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(sendError);
  parseJsonBodies(app);
  await registerSecurity(app);
  await registerDocs(app);
  const api = app.withTypeProvider<ZodTypeProvider>();
  const context: RouteContext = {
    db: options.db,
    generationLimit: generationLimit(options.generationsPerMinute),
  };
  api.get(
    "/api/health",
    { schema: { tags: ["health"], summary: "The server is up" } },
    async () => ({
      status: "ok",
    }),
  );
  planRoutes(api, context);
  revisionRoutes(api, context);
  steerRoutes(api, context);
  workoutRoutes(api, context);
  logRoutes(api, context);
  exportRoutes(api, context);
  await registerWeb(app, options.webDir);
  return app;
}
