import type { FollowUp } from "../api/types";
import { h } from "../ui/dom";
import { badge } from "./badge";
import { callButtons } from "./callButtons";
import { plural } from "./format";
import { byPriorityThenDue } from "./order";

/** Pending call-backs, who to call first on top; the empty state when every call is returned. */
export function listView(followUps: FollowUp[], now: Date, open: (id: string) => void): HTMLElement {
  if (followUps.length === 0) {
    return h("section", { class: "empty", "aria-labelledby": "list-title" },
      h("h2", { id: "list-title" }, "Every call returned"),
      h("p", {}, "Nothing is waiting for a call-back. New voicemails and missed calls show up here."));
  }
  return h("section", { "aria-labelledby": "list-title" },
    h("h2", { id: "list-title" }, `${plural(followUps.length, "call-back")} pending`),
    h("ul", { class: "followups", role: "list" }, ...byPriorityThenDue(followUps).map((f) => card(f, now, open))));
}

function card(followUp: FollowUp, now: Date, open: (id: string) => void): HTMLElement {
  const { caller } = followUp;
  return h("li", { class: "followup", "data-id": followUp.id },
    h("div", { class: "row" },
      h("button", { class: "caller link", type: "button", onclick: () => open(followUp.id) }, caller.display),
      badge(followUp, now)),
    h("div", { class: "meta" },
      caller.company && h("span", { class: "company" }, caller.company),
      h("span", { class: "count" }, plural(followUp.callCount, "call"))),
    followUp.transcriptExcerpt && h("p", { class: "why" }, followUp.transcriptExcerpt),
    callButtons(caller));
}
