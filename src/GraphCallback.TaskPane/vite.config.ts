import { defineConfig } from "vitest/config";

// The Functions app serves the build under /pane/ (TaskPane:ContentPath), same origin as /api.
export default defineConfig({
  base: "/pane/",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: true,
    // The pane, and the page MSAL.js signs in through (its redirect URI).
    rollupOptions: { input: { pane: "index.html", redirect: "redirect.html" } },
  },
  test: {
    environment: "happy-dom",
    include: ["test/**/*.test.ts"],
  },
});
