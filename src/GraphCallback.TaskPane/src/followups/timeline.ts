import type { FollowUp } from "../api/types";
import { h } from "../ui/dom";
import { when } from "./format";

/** The calls a follow-up answers for (with their transcripts) and what happened since. */
export function timeline(followUp: FollowUp): HTMLElement {
  const calls = followUp.calls ?? [];
  const history = followUp.history ?? [];
  return h("div", { class: "timeline" },
    h("h3", {}, "Calls"),
    h("ol", { class: "calls" }, ...calls.map((c) => h("li", {},
      h("span", { class: "when" }, when(c.receivedAt)), " ",
      h("span", { class: "kind" }, words(c.kind)),
      c.durationSeconds ? ` (${Math.round(c.durationSeconds)} s)` : "",
      c.transcriptExcerpt && h("blockquote", { class: "transcript" }, c.transcriptExcerpt)))),
    h("h3", {}, "History"),
    h("ol", { class: "history" }, ...history.map((e) => h("li", {},
      h("span", { class: "when" }, when(e.at)), " ",
      words(e.kind),
      e.note ? `: ${e.note}` : ""))));
}

// "missedCall" -> "missed call": the API's camelCase names read as words.
function words(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}
