import { spawnSync } from "node:child_process";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "./test-support.ts";

const repositoryRoot = join(import.meta.dirname, "../../..");

/** `npm start`'s server, run to its end with `env` added. */
function start(env: Record<string, string>) {
  return spawnSync(process.execPath, ["--import", "tsx", join(import.meta.dirname, "main.ts")], {
    cwd: repositoryRoot,
    env: { ...process.env, DATABASE_URL: "", CAIRN_DB: join(tempDir(), "cairn.db"), ...env },
    encoding: "utf8",
  });
}

describe("npm start when it cannot start", () => {
  it("stops with one line naming a setting it cannot read, and exit code 2", () => {
    const run = start({ PORT: "80a" });
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe("cairn: PORT must be a whole number");
  });

  it("stops with one line when the port is taken, and exit code 1", async () => {
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const address = taken.address();
    const port = typeof address === "object" && address ? address.port : 0;
    try {
      const run = start({ PORT: String(port) });
      expect(run.status).toBe(1);
      expect(run.stderr.trim()).toMatch(/^cairn: .*EADDRINUSE.*$/);
    } finally {
      taken.close();
    }
  });
});
