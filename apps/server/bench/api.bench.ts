import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { buildServer } from "../scripts/build.ts";
import { spawnServer } from "../src/spawn-server.ts";

/**
 * `npm run bench:api`: autocannon against a server in its own process on loopback, over a
 * fresh SQLite file. Reads fetch one stored plan; generation creates plans from a scenario.
 * Logging is at `warn` so the figures measure the server, not the terminal. The server runs
 * as `npm start` runs it (compiled), one process per core (`BENCH_WORKERS` overrides).
 */
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const workers = process.env.BENCH_WORKERS ?? "auto";
const connections = 10;
const examples = join(import.meta.dirname, "../../../examples");
const scenarioOf = (name: string) =>
  JSON.parse(readFileSync(join(examples, `${name}.json`), "utf8"));

const dir = mkdtempSync(join(tmpdir(), "cairn-bench-"));
await buildServer();
const server = await spawnServer(
  {
    CAIRN_DB: join(dir, "cairn.db"),
    CAIRN_RATE_LIMIT: "0",
    CAIRN_WORKERS: workers,
    LOG_LEVEL: "warn",
  },
  { compiled: true },
);

interface Row {
  name: string;
  result: autocannon.Result;
}
const rows: Row[] = [];

async function run(name: string, path: string, options: Partial<autocannon.Options> = {}) {
  const url = `${server.url}${path}`;
  const result = await autocannon({ url, connections, duration: seconds, ...options });
  rows.push({ name, result });
}

try {
  const json = { "content-type": "application/json" };
  const createBody = (name: string) =>
    JSON.stringify({ scenario: scenarioOf(name), today: "2026-11-25" });
  const created = await fetch(`${server.url}/api/plans`, {
    method: "POST",
    headers: json,
    body: createBody("100k-trail-intermediate"),
  });
  const { id } = (await created.json()) as { id: string };

  const generate = (name: string) => ({
    method: "POST" as const,
    headers: json,
    body: createBody(name),
  });
  await run("GET /api/plans/:id (27-week plan, 119 KB)", `/api/plans/${id}`);
  await run(
    "POST /api/plans (27-week 100K plan)",
    "/api/plans",
    generate("100k-trail-intermediate"),
  );
  await run("POST /api/plans (12-week 5K plan)", "/api/plans", generate("5k-beginner-no-history"));
  // One client at a time: the latency of a generation itself, without queueing behind others.
  await run("POST /api/plans (27-week 100K plan), 1 connection", "/api/plans", {
    ...generate("100k-trail-intermediate"),
    connections: 1,
  });
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}

const cpu = cpus()[0]?.model ?? "unknown CPU";
console.log(
  `${cpu}, ${cpus().length} cores, Node ${process.version}; CAIRN_WORKERS=${workers}; ${connections} connections unless said, ${seconds} s each\n`,
);
console.log("| Route | Requests/s (mean) | Latency p50 | Latency p99 | Non-2xx |");
console.log("| ----- | ----------------: | ----------: | ----------: | ------: |");
for (const { name, result } of rows) {
  const { requests, latency, non2xx, errors } = result;
  console.log(
    `| ${name} | ${Math.round(requests.average).toLocaleString("en")} | ${latency.p50} ms | ${latency.p99} ms | ${non2xx + errors} |`,
  );
}
