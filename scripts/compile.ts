import { build } from "esbuild";

/**
 * Compile a TypeScript entry into one ES module for Node, as the server runs in production.
 * The workspace's own packages (`@cairn/*`) are bundled from their sources; every other
 * package stays an import that Node resolves from node_modules. Unlike tsx, the output is
 * not compiled with `keepNames`, which wraps every function made inside another in a
 * `defineProperty` call (a fifth of the engine's time in its hot paths).
 */
export async function compile(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: "linked",
    logLevel: "warning",
    plugins: [
      {
        name: "packages-from-node-modules",
        setup(esbuild) {
          esbuild.onResolve({ filter: /^[^./]/ }, ({ path }) =>
            path.startsWith("@cairn/") ? undefined : { path, external: true },
          );
        },
      },
    ],
  });
}
