import type { FollowUp, Versioned } from "../api/types";
import { ApiProblem } from "../api/problem";
import type { PaneContext } from "../context";
import { h, show } from "../ui/dom";
import { actions } from "./actions";
import { badge } from "./badge";
import { callButtons } from "./callButtons";
import { plural } from "./format";
import { timeline } from "./timeline";

const pending = new Set(["open", "attempted"]);

/** One caller's follow-up: who, why, the calls and history, and what to do about it. */
export function detailView(ctx: PaneContext, initial: Versioned<FollowUp>, back: () => void, failed: (error: unknown) => void): HTMLElement {
  const root = h("section", { class: "detail", "aria-labelledby": "detail-title" });
  const render = (current: Versioned<FollowUp>): void => {
    const f = current.value;
    const changed = (next: Versioned<FollowUp>, message: string): void => {
      render(next);
      ctx.announce(message);
    };
    const stale = (error: unknown): void => {
      // Someone else (another device, an assistant) changed it: show theirs rather than overwrite it.
      if (error instanceof ApiProblem && error.status === 412) {
        void ctx.api.followUp(f.id).then((fresh) => changed(fresh, "It changed elsewhere; this is the latest. Log again if still needed."), failed);
      } else failed(error);
    };
    show(root,
      h("button", { class: "link back", type: "button", onclick: back }, "← All call-backs"),
      h("div", { class: "row" }, h("h2", { id: "detail-title", tabindex: "-1" }, f.caller.display), pending.has(f.status) ? badge(f, ctx.now()) : h("span", { class: "status" }, f.status)),
      h("div", { class: "meta" },
        f.caller.company && h("span", { class: "company" }, f.caller.company),
        f.caller.number && h("span", { class: "number" }, f.caller.number),
        h("span", { class: "count" }, plural(f.callCount, "call")),
        f.attempts.count > 0 && h("span", {}, plural(f.attempts.count, "attempt"))),
      f.transcriptExcerpt && h("p", { class: "why" }, h("strong", {}, "Why they called: "), f.transcriptExcerpt),
      callButtons(f.caller),
      pending.has(f.status) ? actions(ctx, current, changed, stale) : null,
      timeline(f));
  };
  render(initial);
  return root;
}
