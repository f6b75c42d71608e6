import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { distDir } from "../scripts/ensure-built.ts";

/** bench:web's figures, and the table it prints. */

export interface Load {
  weekShown: number[];
  chartsDrawn: number[];
  scripts: string[];
}

export interface Timeline {
  painted: number[];
  layout: number[];
  /** React's own time to render the timeline (its profiling build). */
  react: number[];
}

const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const ms = (x: number) => `${Math.round(x)} ms`;

export function report(browser: Browser, load: Load, switching: number[], timeline: Timeline) {
  const sizes = load.scripts.map((path) => {
    const bytes = readFileSync(join(distDir, path));
    return { path, raw: bytes.length, gzip: gzipSync(bytes).length };
  });
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const gzip = sizes.reduce((s, x) => s + x.gzip, 0);
  const raw = sizes.reduce((s, x) => s + x.raw, 0);
  console.log(
    `\nChromium ${browser.version()}, ${cpus()[0]?.model ?? "?"} (${cpus().length} cores), Node ${process.version}\n`,
  );
  console.log("| Measure | Median | Worst | Target |");
  console.log("| --- | --: | --: | --: |");
  console.log(
    `| Plan page first load, the week on screen | ${ms(median(load.weekShown))} | ${ms(Math.max(...load.weekShown))} | ≤ 1.5 s |`,
  );
  console.log(
    `| … and both charts drawn | ${ms(median(load.chartsDrawn))} | ${ms(Math.max(...load.chartsDrawn))} | |`,
  );
  console.log(
    `| JavaScript of the plan page (${sizes.length} files), gzipped | ${kb(gzip)} | (${kb(raw)} raw) | ≤ 300 KB |`,
  );
  console.log(
    `| Switching weeks (to the next painted frame) | ${ms(median(switching))} | ${ms(Math.max(...switching))} | ≤ 50 ms |`,
  );
  console.log(
    `| 36-week season: plan JSON in → its timeline (and the open week) rendered | ${ms(median(timeline.painted))} | ${ms(Math.max(...timeline.painted))} | ≤ 100 ms |`,
  );
  console.log(
    `| The 36-week timeline alone: React render (mount) | ${ms(median(timeline.react))} | ${ms(Math.max(...timeline.react))} | |`,
  );
  console.log(
    `| The 36-week timeline alone: its layout | ${ms(median(timeline.layout))} | ${ms(Math.max(...timeline.layout))} | |`,
  );
  for (const s of sizes) console.log(`  ${s.path}: ${kb(s.raw)} raw, ${kb(s.gzip)} gzipped`);
}
