import { arch, availableParallelism, cpus, platform } from "node:os";

/**
 * The lines every benchmark starts its figures with: the machine, and how the engine ran
 * (compiled as deployed by `npm run bench:*`, or through tsx when a bench file is run directly).
 */
export function machineLines(runs: string): string {
  const cpu = cpus()[0]?.model.trim() ?? "unknown CPU";
  const compiled = import.meta.url.endsWith(".compiled.js");
  return [
    `Machine: ${cpu}, ${availableParallelism()} cores, ${platform()}-${arch()}`,
    `Node ${process.version}, engine ${compiled ? "compiled (esbuild, as deployed)" : "through tsx"}, tinybench, ${runs}`,
  ].join("\n");
}
