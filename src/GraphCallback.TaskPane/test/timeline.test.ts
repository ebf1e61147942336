import { describe, expect, it } from "vitest";
import type { HistoryEntry } from "../src/api/types";
import { detailView } from "../src/followups/detailView";
import { chronological, timeline } from "../src/followups/timeline";
import type { PaneContext } from "../src/context";
import { followUp } from "./followUps";

const entry = (at: string, kind: string, note: string | null = null): HistoryEntry => ({ at, kind, actor: "system", note });

// As the server records them: a voicemail that arrived late is recorded after a later call.
const recorded = [
  entry("2026-11-23T09:00:00Z", "created", "Missed call"),
  entry("2026-11-23T11:30:00Z", "callAdded", "Missed call"),
  entry("2026-11-23T08:15:00Z", "callAdded", "Voicemail (40 s)"),
  entry("2026-11-23T11:30:00Z", "attempted", "No answer"),
  entry("2026-11-23T10:00:00+01:00", "snoozed"),
];

// Each line's words after its (locale-formatted) time.
const notes = (list: Element | null): string[] => [...(list?.querySelectorAll("li") ?? [])].map((li) => {
  const words = li.cloneNode(true) as Element;
  words.querySelector(".when")?.remove();
  return words.textContent?.trim() ?? "";
});

describe("timeline history", () => {
  it("lists history oldest first, whatever order the server recorded it in", () => {
    expect(chronological(recorded).map((e) => `${e.at} ${e.kind}`)).toEqual([
      "2026-11-23T08:15:00Z callAdded",
      "2026-11-23T09:00:00Z created",
      "2026-11-23T10:00:00+01:00 snoozed",
      "2026-11-23T11:30:00Z callAdded",
      "2026-11-23T11:30:00Z attempted",
    ]);
  });

  it("keeps the server's order for entries at the same instant, and leaves its list alone", () => {
    const same = [entry("2026-11-23T11:30:00Z", "attempted", "b"), entry("2026-11-23T11:30:00.000Z", "resolved", "a"), entry("2026-11-23T11:30:00Z", "reopened", "c")];
    expect(chronological(same).map((e) => e.note)).toEqual(["b", "a", "c"]);
    const copy = [...recorded];
    chronological(recorded);
    expect(recorded).toEqual(copy);
  });

  it("renders the history list in time order", () => {
    const view = timeline(followUp({ history: recorded, calls: [] }));
    expect(notes(view.querySelector("ol.history"))).toEqual([
      "call added: Voicemail (40 s)",
      "created: Missed call",
      "snoozed",
      "call added: Missed call",
      "attempted: No answer",
    ]);
  });

  it("shows the detail view's history in time order too", () => {
    const now = new Date("2026-11-23T12:00:00Z");
    const ctx = { now: () => now, announce: () => {}, api: {} } as unknown as PaneContext;
    const view = detailView(ctx, { value: followUp({ status: "resolved", history: recorded, calls: [] }), etag: null }, () => {}, () => {});
    expect(notes(view.querySelector(".timeline ol.history"))[0]).toBe("call added: Voicemail (40 s)");
  });
});
