import { arch, availableParallelism, cpus, platform } from "node:os";

/**
 * How every engine benchmark runs: two seconds a task, after two seconds of warm-up, long
 * enough for V8 to have optimised the engine's hot paths as in a server that has been up a
 * while (with tinybench's default quarter second, a task's first second ran up to half slower).
 */
export const benchTiming = { time: 2000, warmupTime: 2000 } as const;

/**
 * The lines every benchmark starts its figures with: the machine, and how the engine ran
 * (compiled as deployed by `npm run bench:*`, or through tsx when a bench file is run directly).
 */
export function machineLines(): string {
  const cpu = cpus()[0]?.model.trim() ?? "unknown CPU";
  const compiled = import.meta.url.endsWith(".compiled.js");
  const engine = compiled ? "compiled (esbuild, as deployed)" : "through tsx";
  const { time, warmupTime } = benchTiming;
  return [
    `Machine: ${cpu}, ${availableParallelism()} cores, ${platform()}-${arch()}`,
    `Node ${process.version}, engine ${engine}, tinybench, ${time} ms a task after ${warmupTime} ms of warm-up`,
  ].join("\n");
}
