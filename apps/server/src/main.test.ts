import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const repositoryRoot = join(import.meta.dirname, "../../..");

describe("npm start with a setting it cannot read", () => {
  it("stops with one line naming the setting and exit code 2", () => {
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", join(import.meta.dirname, "main.ts")],
      {
        cwd: repositoryRoot,
        env: { ...process.env, PORT: "80a", DATABASE_URL: "" },
        encoding: "utf8",
      },
    );
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe("cairn: PORT must be a whole number");
  });
});
