import type { FollowUp } from "../src/api/types";

/** A follow-up as the API returns it, with what a test cares about changed. */
export function followUp(overrides: Partial<FollowUp> = {}): FollowUp {
  return {
    id: "f1",
    caller: { name: "Patti Fernandez", number: "+442079460555", display: "Patti Fernandez", company: "Fabrikam Hotels", kind: "client", telUri: "tel:+442079460555" },
    status: "open",
    priority: 1,
    callCount: 2,
    lastCallAt: "2026-11-23T09:00:00Z",
    dueAt: "2026-11-24T09:00:00Z",
    slaState: "onTrack",
    transcriptExcerpt: "The boiler is leaking again.",
    attempts: { count: 0, items: [] },
    snoozedUntil: null,
    ...overrides,
  };
}
