import type { FollowUp, HistoryEntry } from "../api/types";
import { h } from "../ui/dom";
import { when } from "./format";

/** The calls a follow-up answers for (with their transcripts) and what happened since. */
export function timeline(followUp: FollowUp): HTMLElement {
  const calls = followUp.calls ?? [];
  const history = chronological(followUp.history ?? []);
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

/**
 * History oldest first, like the calls above it: the server keeps entries in the order it recorded
 * them, which is not time order when a call arrives late (a back-filled or delayed voicemail is
 * recorded at its own time). Entries at the same instant keep the server's order (the sort is stable).
 */
export function chronological(history: readonly HistoryEntry[]): HistoryEntry[] {
  const at = (e: HistoryEntry): number => {
    const ms = Date.parse(e.at);
    return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms;
  };
  return [...history].sort((a, b) => {
    const x = at(a), y = at(b);
    return x === y ? 0 : x < y ? -1 : 1;
  });
}

// "missedCall" -> "missed call": the API's camelCase names read as words.
function words(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}
