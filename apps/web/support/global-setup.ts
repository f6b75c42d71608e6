import { buildServer } from "../../server/scripts/build.ts";
import { ensureWebBuilt } from "../scripts/ensure-built.ts";

/**
 * A clean clone has no dist/: the browser tests build the app first, once per run, and the
 * server as `npm start` runs it.
 */
export default async function setup(): Promise<void> {
  await ensureWebBuilt((line) => console.log(line));
  await buildServer();
}
