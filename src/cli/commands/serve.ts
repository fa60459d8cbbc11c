import type { Command } from "commander";
import { NewsfoldError } from "../../errors.js";
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from "../../http/server.js";
import { storeConfigFromLocation } from "../../store/index.js";
import { wholeNumber, type CommandContext } from "../context.js";
import { EXIT } from "../exit-codes.js";

export function registerServe(program: Command, ctx: CommandContext): void {
  program
    .command("serve")
    .description("serve the HTTP API (JSON, OpenAPI at /api/openapi.json) and the web UI")
    .option("--host <address>", `address to listen on (default ${DEFAULT_HOST}: this machine only)`)
    .option("--port <n>", `port (default ${DEFAULT_PORT})`)
    .option("--token <secret>", "bearer token POST /api/ingest needs (default $NEWSFOLD_TOKEN); without one the API is read-only")
    .option("--cors <origin>", "let pages from this origin call the API (default: same origin only)")
    .option("--readonly", "never write, even with a token")
    .addHelpText(
      "after",
      `
Examples:
  newsfold serve                                   http://127.0.0.1:${DEFAULT_PORT}, read-only
  NEWSFOLD_TOKEN=s3cret newsfold serve --port 8080  writes allowed with Authorization: Bearer s3cret
  curl -H 'Authorization: Bearer s3cret' -H 'Content-Type: text/html' --data-binary @page.html http://127.0.0.1:${DEFAULT_PORT}/api/ingest`,
    )
    .action(async (opts: { host?: string; port?: string; token?: string; cors?: string; readonly?: boolean }) => {
      const port = wholeNumber("--port", opts.port, DEFAULT_PORT);
      if (port > 65_535) throw new NewsfoldError("cli.invalid", `--port must be at most 65535, got ${port}`);
      const token = opts.token ?? ctx.io.env.NEWSFOLD_TOKEN ?? null;
      if (token !== null && token.length < 8) throw new NewsfoldError("cli.invalid", "the token must be at least 8 characters");
      if (opts.cors !== undefined && !/^https?:\/\/[^/\s]+$/.test(opts.cors)) throw new NewsfoldError("cli.invalid", `--cors takes an origin such as https://example.org, got "${opts.cors}"`);
      const { db: location, threshold, batchSize } = ctx.config().values;
      const server = await startServer({
        ingest: { threshold, batchSize },
        store: storeConfigFromLocation(location, { readonly: opts.readonly ?? false }),
        host: opts.host ?? DEFAULT_HOST,
        port,
        token,
        cors: opts.cors ?? null,
        log: (line) => ctx.io.stderr(`${line}\n`),
      });
      ctx.io.stderr(`newsfold: serving ${location} at ${server.url} (${token ? "writes need the token" : "read-only"}); Ctrl-C stops\n`);
      // Ctrl-C or SIGTERM: stop taking requests, let those under way finish, close the store.
      const signal = ctx.stopSignal();
      await new Promise<void>((done) => signal.addEventListener("abort", () => done(), { once: true }));
      await server.close();
      ctx.setExit(EXIT.interrupted);
    });
}
