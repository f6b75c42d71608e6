import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const nodeModules = fileURLToPath(new URL("../../node_modules/", import.meta.url));

/**
 * The engine runs in the browser too. csv-parse and csv-stringify reach for Node's Buffer in
 * their package entry points; their own browser builds carry a small replacement.
 */
const browserBuilds = ["csv-parse", "csv-stringify"].map((name) => ({
  find: new RegExp(`^${name}/sync$`),
  replacement: `${nodeModules}${name}/dist/esm/sync.js`,
}));

export default defineConfig({
  plugins: [react()],
  resolve: { alias: browserBuilds },
  build: { target: "es2022", chunkSizeWarningLimit: 900 },
  // `npm run dev -w @cairn/web` beside `npm start`: the API stays on the server's port.
  server: {
    proxy: { "/api": "http://127.0.0.1:8080" },
    fs: { allow: ["../.."] },
  },
});
