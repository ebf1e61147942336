// The task pane in headless Chromium against the running app, Graph emulator and Azurite.
// Started by tests/GraphCallback.EndToEnd.Tests (TaskPaneBrowserTests), which prepares the system
// and checks storage afterwards; the environment names what to open and where to save screenshots.
// Each step waits on the page's state (Playwright's auto-waiting), never on time.
// PANE_CLOCK_NOW (optional, an ISO 8601 instant with Z or an offset) is the suite's clock as it
// starts this script: every page then runs on that clock, flowing at real speed, so the pane's
// badges and MSAL's token expiry agree with the app and the emulator. Unset, pages see real time.
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fakeOfficeJs } from "./fakeOffice.mjs";

const officeJsUrl = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const env = (name) => process.env[name] ?? fail(`${name} is not set`);
const appUrl = env("PANE_APP_URL").replace(/\/$/, "");
const authorityUrl = env("PANE_AUTHORITY_URL").replace(/\/$/, "");
const itemId = env("PANE_ITEM_ID");
const callerName = env("PANE_CALLER");
const userName = env("PANE_USER");
const shots = env("PANE_SCREENSHOTS");
const clockNow = instant("PANE_CLOCK_NOW");
mkdirSync(shots, { recursive: true });

function fail(message) {
  throw new Error(message);
}

// An ISO 8601 instant (a date, a time and Z or an offset) in milliseconds; undefined when unset.
function instant(name) {
  const value = process.env[name];
  if (value === undefined) return undefined;
  const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;
  const ms = iso.test(value.trim()) ? Date.parse(value.trim()) : NaN;
  if (!Number.isFinite(ms)) fail(`${name} is "${value}", not an ISO 8601 instant such as 2026-03-29T00:30:00Z`);
  return ms;
}

function step(name) {
  console.log(`step: ${name}`);
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
try {
  // The emulator's HTTPS certificate is made at start-up; a person accepts it once, the test here.
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 800, height: 1000 } });
  if (clockNow !== undefined) {
    // The context's clock, installed before any page opens, covers every page and popup it opens
    // (sign-in redirects and dialogs included) and each new document continues from where the clock
    // has got to. install() lets time flow (only pauseAt/setFixedTime stop it), so MSAL's timers
    // and the pane's polling run. The time taken to start Node and Chromium is added on, so the
    // pages stay level with the suite's clock.
    const time = clockNow + Math.max(0, Date.now() - performance.timeOrigin);
    await context.clock.install({ time });
    console.log(`clock: pages start at ${new Date(time).toISOString()} (PANE_CLOCK_NOW ${new Date(clockNow).toISOString()})`);
  }
  const officeRequests = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(officeJsUrl)) {
      officeRequests.push(url);
      await route.fulfill({ contentType: "text/javascript", body: fakeOfficeJs({ itemId, itemClass: "IPM.Note.Microsoft.Voicemail.UM.CA", subject: `Voicemail from ${callerName}` }) });
    } else if (url.startsWith(appUrl) || url.startsWith(authorityUrl)) {
      await route.continue();
    } else {
      // Nothing else is reachable here, as in the local demo: the pane must not need it.
      await route.abort("internetdisconnected");
    }
  });
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") console.log(`browser: ${message.text()}`);
  });

  step("open the pane in Outlook on the voicemail and sign in through the emulator");
  await page.goto(`${appUrl}/pane/?host=outlook`);
  await page.locator("fluent-button", { hasText: "Sign in" }).click();
  await page.getByRole("link", { name: userName }).click();
  await page.waitForURL(`${appUrl}/pane/?host=outlook`);

  step("the voicemail's follow-up comes first, with transcript and history");
  await page.getByRole("heading", { level: 2, name: callerName }).waitFor();
  await page.locator(".timeline .calls li").first().waitFor();
  await page.locator(".timeline .history li").first().waitFor();
  if (officeRequests.length === 0) fail("office.js was not loaded in Outlook");
  await page.screenshot({ path: join(shots, "outlook-voicemail-800.png"), fullPage: true });
  await page.setViewportSize({ width: 320, height: 900 });
  await page.screenshot({ path: join(shots, "outlook-voicemail-320.png"), fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (overflow > 0) fail(`at 320 px the pane scrolls sideways by ${overflow} px`);

  step("log 'left voicemail': the availability line to read out appears");
  await page.getByLabel("What happened?").selectOption("leftVoicemail");
  const line = page.locator("#availability q.line");
  await line.waitFor();
  const said = (await line.textContent()) ?? "";
  if (!/reach me/i.test(said)) fail(`the availability line reads "${said}"`);
  await page.getByLabel("Note (optional)").fill("Left my availability.");
  await page.locator("fluent-button#log").click();
  await page.getByRole("status").filter({ hasText: "Logged: Left a voicemail." }).waitFor();
  await page.locator(".timeline .history li", { hasText: "Left my availability." }).waitFor();
  await page.screenshot({ path: join(shots, "outlook-logged-320.png"), fullPage: true });

  step("offer e-mail instead opens the draft in Outlook's form");
  await page.setViewportSize({ width: 800, height: 1000 });
  await page.locator("fluent-button#offer-email").click();
  await page.getByRole("status").filter({ hasText: "Draft opened: review it and send." }).waitFor();
  const forms = await page.evaluate(() => window.__openedForms);
  if (forms.length !== 1 || !forms[0].startsWith("ews:")) fail(`displayMessageForm got ${JSON.stringify(forms)}`);

  step("the plain browser (the local demo) shows the pending list without office.js");
  const before = officeRequests.length;
  await page.goto(`${appUrl}/pane/`);
  await page.locator("ul.followups li").first().waitFor();
  if (officeRequests.length !== before) fail("the plain browser loaded office.js");
  await page.screenshot({ path: join(shots, "browser-list-800.png"), fullPage: true });
  await page.setViewportSize({ width: 320, height: 900 });
  await page.screenshot({ path: join(shots, "browser-list-320.png"), fullPage: true });

  step("today's call-back block comes from the planner's API");
  await page.getByRole("button", { name: "Today's block" }).click();
  const block = page.locator("section.block p");
  await block.waitFor();
  const summary = (await block.textContent()) ?? "";
  if (!/^(Today |No call-back block today|You removed)/.test(summary)) fail(`today's block reads "${summary}"`);

  step("settings read and save");
  await page.getByRole("button", { name: "Settings" }).click();
  await page.getByLabel("Minutes per call").fill("4");
  await page.locator("fluent-button#save-settings").click();
  await page.getByRole("status").filter({ hasText: "Settings saved." }).waitFor();

  console.log("passed");
} finally {
  await browser.close();
}
