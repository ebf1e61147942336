import { ApiClient } from "./api/client";
import type { SignIn } from "./auth/signIn";
import { blockView } from "./block/blockView";
import type { PaneContext } from "./context";
import { detailView } from "./followups/detailView";
import { listView } from "./followups/listView";
import type { OpenItem } from "./host/outlookItem";
import { settingsView } from "./settings/settingsView";
import { h, show } from "./ui/dom";
import { failure, loading } from "./ui/states";

type View = "followups" | "block" | "settings";

/**
 * The pane: a header with three views (call-backs, today's block, settings) over one main region.
 * Opened on an Outlook item that belongs to a follow-up, it shows that follow-up first.
 */
export function startApp(root: HTMLElement, signIn: SignIn, office: typeof Office | undefined, item: OpenItem | null): void {
  const status = h("div", { class: "announcer", role: "status", "aria-live": "polite" });
  const ctx: PaneContext = {
    api: new ApiClient(signIn),
    office,
    now: () => new Date(),
    announce: (message) => {
      status.textContent = message;
    },
  };
  const main = h("main", { id: "main", tabindex: "-1" });
  const tabs = (["followups", "block", "settings"] as const).map((view) =>
    h("button", { type: "button", class: "tab", "data-view": view, onclick: () => void go(view) }, { followups: "Call-backs", block: "Today's block", settings: "Settings" }[view]));
  const who = h("span", { class: "who" }, signIn.userName ?? "");
  show(root, h("header", {}, h("h1", {}, "Call-backs"), who, h("nav", { "aria-label": "Views" }, ...tabs)), status, main);

  let item_ = item;
  const signInNow = (): void => void signIn.signIn().then(() => go("followups"), (error: unknown) => ctx.announce(error instanceof Error ? error.message : String(error)));

  async function go(view: View): Promise<void> {
    tabs.forEach((t) => t.setAttribute("aria-current", String(t.dataset.view === view)));
    show(main, loading(view === "followups" ? "your call-backs" : view === "block" ? "today's block" : "your settings"));
    try {
      if (view === "block") show(main, await blockView(ctx));
      else if (view === "settings") show(main, await settingsView(ctx));
      else await followUps();
      who.textContent = signIn.userName ?? "";
    } catch (error) {
      show(main, failure(error, () => void go(view), signInNow));
    }
  }

  async function followUps(): Promise<void> {
    // The item's follow-up once, first; "All call-backs" then leads to the list.
    const opened = item_ ? await ctx.api.byItem(item_.itemId) : null;
    item_ = null;
    if (opened) {
      showDetail(opened.value.id, opened);
      return;
    }
    show(main, listView(await ctx.api.pending(), ctx.now(), (id) => void openFollowUp(id)));
  }

  async function openFollowUp(id: string): Promise<void> {
    show(main, loading("the follow-up"));
    try {
      showDetail(id, await ctx.api.followUp(id));
    } catch (error) {
      show(main, failure(error, () => void openFollowUp(id), signInNow));
    }
  }

  function showDetail(id: string, versioned: Awaited<ReturnType<ApiClient["followUp"]>>): void {
    show(main, detailView(ctx, versioned, () => void go("followups"), (error) => show(main, failure(error, () => void openFollowUp(id), signInNow))));
    main.querySelector<HTMLElement>("#detail-title")?.focus();
  }

  window.addEventListener("online", () => void go("followups"));
  window.addEventListener("offline", () => ctx.announce("You're offline. Changes can't be saved until you're back."));
  void go("followups");
}
