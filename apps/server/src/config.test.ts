import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { configFromEnv } from "./config.ts";

describe("configuration from the environment", () => {
  it("listens on loopback port 8080 with a local SQLite file by default", () => {
    const config = configFromEnv({});
    expect(config).toMatchObject({ host: "127.0.0.1", port: 8080, generationsPerMinute: 120 });
    expect(config.sqliteFile).toMatch(/data\/cairn\.db$/);
    expect(config.webDir).toMatch(/apps\/web\/dist$/);
    expect(config.databaseUrl).toBeUndefined();
  });

  it("takes PORT, HOST, CAIRN_DB, DATABASE_URL and the rate limit", () => {
    const config = configFromEnv({
      PORT: "9000",
      HOST: "0.0.0.0",
      CAIRN_DB: "/tmp/x.db",
      DATABASE_URL: "postgres://u@h/db",
      CAIRN_RATE_LIMIT: "0",
    });
    expect(config).toMatchObject({
      host: "0.0.0.0",
      port: 9000,
      sqliteFile: "/tmp/x.db",
      databaseUrl: "postgres://u@h/db",
      generationsPerMinute: 0,
    });
  });

  it("runs one process unless CAIRN_WORKERS asks for more (auto: one per core)", () => {
    expect(configFromEnv({}).workers).toBe(1);
    expect(configFromEnv({ CAIRN_WORKERS: "3" }).workers).toBe(3);
    expect(configFromEnv({ CAIRN_WORKERS: "auto" }).workers).toBe(availableParallelism());
    expect(() => configFromEnv({ CAIRN_WORKERS: "two" })).toThrow(
      "CAIRN_WORKERS must be a whole number",
    );
  });

  it("refuses a port that is not a whole number", () => {
    expect(() => configFromEnv({ PORT: "80a" })).toThrow("PORT must be a whole number");
  });
});
