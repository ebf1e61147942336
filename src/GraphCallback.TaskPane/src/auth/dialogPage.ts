import { createStandardPublicClientApplication } from "@azure/msal-browser";
import { loadOfficeJs } from "../host/officeJs";
import { writeDialogMessage, type DialogMessage } from "./dialogMessage";
import { msalConfiguration } from "./msalSignIn";
import { loadPaneConfig } from "./paneConfig";

// The sign-in page the pane opens in an Office dialog when the client blocks popups. A dialog is
// a top-level window, so MSAL signs in by redirect here; back on this page with the answer, it
// hands the token to the pane and the pane closes the dialog.
async function signInAndReport(): Promise<DialogMessage> {
  const config = await loadPaneConfig();
  const msal = await createStandardPublicClientApplication(msalConfiguration(config, location.origin));
  const result = await msal.handleRedirectPromise();
  if (!result) {
    // The page leaves for the sign-in and comes back here with the answer: nothing to report yet.
    await msal.acquireTokenRedirect({ scopes: [config.apiScope], redirectStartPage: location.href });
    return new Promise(() => undefined);
  }
  msal.setActiveAccount(result.account);
  return {
    status: "signedIn",
    accessToken: result.accessToken,
    expiresOn: result.expiresOn?.getTime() ?? Date.now(),
    userName: result.account?.name ?? result.account?.username ?? null,
  };
}

loadOfficeJs()
  .then(async (office) => {
    const message = await signInAndReport().catch((error: unknown): DialogMessage => ({
      status: "failed",
      message: `Sign-in failed: ${error instanceof Error ? error.message : String(error)}`,
    }));
    office.context.ui.messageParent(writeDialogMessage(message), { targetOrigin: location.origin });
  })
  .catch((error: unknown) => {
    // Without office.js there is no way back to the pane: say so where the person is looking.
    document.body.textContent = `Sign-in could not start: ${error instanceof Error ? error.message : String(error)}`;
  });
