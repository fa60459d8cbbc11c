import { OpenAPIHono } from "@hono/zod-openapi";
import type { ApiContext } from "./context.js";
import { errorJson, errorResponse } from "./errors.js";
import { registerArticles } from "./routes/articles.js";
import { registerCompare } from "./routes/compare.js";
import { registerCopies } from "./routes/copies.js";
import { registerEntities } from "./routes/entities.js";
import { registerHealth } from "./routes/health.js";
import { registerIngest } from "./routes/ingest.js";
import { registerPlaces } from "./routes/places.js";
import { registerSearch } from "./routes/search.js";
import { registerStories } from "./routes/stories.js";
import { corsFor, limitBody, securityHeaders } from "./security.js";
import { createStaticHandler } from "./static.js";
import { explainInvalid } from "./validation.js";

export interface AppOptions {
  /** Allowed cross-origin caller (`--cors`); null keeps the API same-origin. */
  cors: string | null;
  /** Folder of the web UI served at `/`; null serves the API alone. */
  webRoot: string | null;
}

/**
 * The HTTP application: every /api route validated by its zod schema (which also writes
 * /api/openapi.json), JSON errors with stable codes, security headers on every answer, and the web UI
 * for every other path. Built without a socket, so tests call `app.request()` directly.
 */
export function createApp(ctx: ApiContext, options: AppOptions): OpenAPIHono {
  const app = new OpenAPIHono({
    // A request that fails its schema: 400 naming the parameter and what it takes, never a stack trace.
    defaultHook: (result, c) => {
      if (!result.success) return errorJson(c, "http.bad-request", explainInvalid(result.error.issues, result.target, c), 400);
    },
  });
  app.use("*", securityHeaders());
  app.use("/api/*", corsFor(options.cors));
  app.use("/api/*", async (c, next) => {
    await next();
    c.res.headers.set("Cache-Control", c.res.headers.get("Cache-Control") ?? "no-store");
  });
  // Only ingest takes a body; it sets its own (larger) limit for raw uploads.
  app.on(["POST", "PUT", "PATCH", "DELETE"], "/api/*", async (c, next) => (c.req.path === "/api/ingest" ? next() : limitBody(ctx.limits.jsonBytes)(c, next)));

  for (const register of [registerHealth, registerArticles, registerCopies, registerStories, registerEntities, registerSearch, registerCompare, registerPlaces, registerIngest]) {
    register(app, ctx);
  }
  app.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "newsfold API",
      version: ctx.version,
      description: "Read-only without a token; POST /api/ingest needs `Authorization: Bearer <token>`. Lists are pages: `{ items, limit, offset, next }`.",
    },
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer" });

  app.notFound((c) =>
    c.req.path === "/api" || c.req.path.startsWith("/api/") || options.webRoot === null
      ? errorJson(c, "http.not-found", `no route ${c.req.method} ${c.req.path}`, 404)
      : serveStatic(c),
  );
  const serveStatic = options.webRoot === null ? null! : createStaticHandler(options.webRoot);
  app.onError((error, c) => errorResponse(error, c, ctx.log));
  return app;
}
