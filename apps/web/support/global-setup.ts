import { ensureWebBuilt } from "../scripts/ensure-built.ts";

/** A clean clone has no dist/: the browser tests build the app first, once per run. */
export default async function setup(): Promise<void> {
  await ensureWebBuilt((line) => console.log(line));
}
