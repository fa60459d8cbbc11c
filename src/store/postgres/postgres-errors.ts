import type { ErrorCode } from "../../codes.js";
import { NewsfoldError } from "../../errors.js";

/** Node's network failures that mean "no server there" rather than "the server said no". */
const NETWORK_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ECONNRESET", "EPIPE"]);

/** What pg throws without a code when a connection is lost or never made. */
const CONNECTION_LOST = /connection terminated|timeout exceeded when trying to connect|connection ended|client has encountered a connection error/i;

const oneLine = (text: string): string => text.split("\n")[0].trim();

/** Maps driver errors to stable newsfold codes with one-line messages; NewsfoldErrors pass through. */
export function mapPostgresError(error: unknown, location: string): unknown {
  if (error instanceof NewsfoldError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const sqlState = typeof code === "string" ? code : "";
  const reason = oneLine(error instanceof Error ? error.message : String(error));
  const fail = (newsfoldCode: ErrorCode, message: string) => new NewsfoldError(newsfoldCode, message, { cause: error, details: { sqlState } });

  if (NETWORK_CODES.has(sqlState) || sqlState.startsWith("08") || CONNECTION_LOST.test(reason)) {
    return fail("store.unreachable", `cannot reach PostgreSQL at ${location}: ${reason}`);
  }
  switch (sqlState) {
    case "57P01": // admin_shutdown
    case "57P02": // crash_shutdown
    case "57P03": // cannot_connect_now (starting up or shutting down)
      return fail("store.unreachable", `PostgreSQL at ${location} is restarting or shutting down: ${reason}`);
    case "53300": // too_many_connections
      return fail("store.unreachable", `PostgreSQL at ${location} has no free connection: ${reason} (lower the pool size or raise max_connections)`);
    case "28P01": // invalid_password
    case "28000": // invalid_authorization_specification
      return fail("store.auth", `PostgreSQL at ${location} refused the login: ${reason}`);
    case "3D000": // invalid_catalog_name
      return fail("store.not-found", `${reason} at ${location}: create it (createdb) or fix the URL`);
    case "42501": // insufficient_privilege
      return fail("store.permission", `the PostgreSQL user lacks a privilege at ${location}: ${reason}`);
    case "25006": // read_only_sql_transaction (a standby, or a read-only user)
      return fail("store.readonly", `PostgreSQL at ${location} is read-only: ${reason}`);
    case "40P01": // deadlock_detected
    case "40001": // serialization_failure
      return fail("store.conflict", `a concurrent writer conflicted with this batch at ${location}; nothing of it was stored: run it again`);
    case "53100": // disk_full
      return fail("store.full", `PostgreSQL at ${location} is out of disk space: ${reason}`);
  }
  // pg asks for a password only when the server wants one and the URL gave none.
  if (/SASL|password must be a string/i.test(reason)) {
    return fail("store.auth", `PostgreSQL at ${location} wants a password: put it in the URL or in PGPASSWORD`);
  }
  return error;
}
