import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { sendNotFound } from "./errors.ts";

const placeholderPage = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Cairn</title></head>
<body>
<h1>Cairn</h1>
<p>The API is running. The web app has not been built yet.</p>
<ul>
<li><a href="/api/docs">API documentation</a></li>
<li><a href="/api/openapi.json">OpenAPI document</a></li>
<li><a href="/api/health">Health check</a></li>
</ul>
</body>
</html>
`;

/** Vite names these files by their content: a changed file is a new name, so keep them a year. */
const hashedAsset = /[/\\]assets[/\\][^/\\]+-[\w-]{8,}\.\w+(\.br|\.gz)?$/;

/**
 * The built web app from `webDir` when it is there, with any other page path answered by its
 * index.html (the app routes in the browser); else a page saying the API is running.
 * Unknown /api paths are always a JSON 404. Files are looked up on each request (a rebuild
 * while the server runs is served at once), as the .br or .gz made beside them when the
 * browser takes it.
 */
export async function registerWeb(app: FastifyInstance, webDir: string): Promise<void> {
  const built = existsSync(join(webDir, "index.html"));
  if (built)
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: true,
      preCompressed: true,
      setHeaders: (reply, path) => {
        if (hashedAsset.test(path))
          reply.header("cache-control", "public, max-age=31536000, immutable");
      },
    });
  else
    app.get("/", { schema: { hide: true } }, (_request, reply) =>
      reply.type("text/html").send(placeholderPage),
    );
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const page = request.method === "GET" && !request.url.startsWith("/api/");
    if (built && page) return reply.sendFile("index.html");
    return sendNotFound(request, reply);
  });
}
