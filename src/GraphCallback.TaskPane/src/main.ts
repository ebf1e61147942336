import "./styles.css";
import { setTheme } from "@fluentui/web-components";
import "@fluentui/web-components/badge.js";
import "@fluentui/web-components/button.js";
import "@fluentui/web-components/spinner.js";
import { webLightTheme } from "@fluentui/tokens";
import { startApp } from "./app";
import { chooseSignIn } from "./auth/chooseSignIn";
import { loadPaneConfig } from "./auth/paneConfig";
import { detectHost, isFramed } from "./host/host";
import { loadOfficeJs } from "./host/officeJs";
import { openItem } from "./host/outlookItem";

/** Boots the pane in whichever host it is in: Outlook (office.js), Teams, or a plain browser. */
async function boot(root: HTMLElement): Promise<void> {
  setTheme(webLightTheme);
  const host = detectHost(location.search);
  document.documentElement.dataset.host = host;
  const office = host === "outlook" ? await loadOfficeJs() : undefined;
  const config = await loadPaneConfig();
  const signIn = await chooseSignIn(config, host, office, isFramed(window), location.origin);
  startApp(root, signIn, office, openItem(office));
}

const root = document.getElementById("app");
if (root) {
  boot(root).catch((error: unknown) => {
    root.replaceChildren(Object.assign(document.createElement("p"), { role: "alert", className: "state error", textContent: `The pane could not start: ${error instanceof Error ? error.message : String(error)}` }));
  });
}
