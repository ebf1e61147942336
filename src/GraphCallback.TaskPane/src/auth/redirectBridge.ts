import { broadcastResponseToMainFrame } from "@azure/msal-browser/redirect-bridge";

// The sign-in redirect page (MSAL.js 5): hands the identity provider's answer to the pane that
// asked, whether a popup's opener or, after a full-page redirect, the pane's own start page.
broadcastResponseToMainFrame().catch((error: unknown) => {
  document.body.textContent = `Sign-in failed: ${error instanceof Error ? error.message : String(error)}`;
});
