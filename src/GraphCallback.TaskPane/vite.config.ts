import { defineConfig } from "vitest/config";

// The Functions app serves the build under /pane/ (TaskPane:ContentPath), same origin as /api.
export default defineConfig({
  base: "/pane/",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: true,
    // The pane, the page MSAL.js signs in through (its redirect URI), and the sign-in page the
    // pane opens in an Office dialog where the client blocks popups.
    rollupOptions: { input: { pane: "index.html", redirect: "redirect.html", dialog: "dialog.html" } },
  },
  test: {
    environment: "happy-dom",
    include: ["test/**/*.test.ts"],
  },
});
