import { describe, expect, it } from "vitest";
import { blockSummary } from "../src/block/blockSummary";

describe("blockSummary", () => {
  it("says when and how long a booked block is", () => {
    const text = blockSummary({ state: "booked", start: "2026-11-23T16:00:00Z", end: "2026-11-23T16:24:00Z", calls: 6, reason: null }, "en-GB");
    expect(text).toMatch(/^Today \d{1,2}:00–\d{1,2}:24 \(24 min\) for 6 calls\.$/);
  });

  it("says why there is none", () => {
    expect(blockSummary({ state: "none", calls: 0, reason: "Every call is returned." })).toBe("No call-back block today. Every call is returned.");
    expect(blockSummary({ state: "noTime", calls: 3, reason: "Your calendar is full before the first deadline." })).toBe("No call-back block today. Your calendar is full before the first deadline.");
    expect(blockSummary({ state: "removedByYou", calls: 2 })).toBe("You removed today's call-back block.");
  });

  it("gives the reason for a removed block once, in the planner's words", () => {
    const text = blockSummary({ state: "removedByYou", calls: 2, reason: "You removed today's call-back time, so it stays off the calendar today." });
    expect(text).toBe("You removed today's call-back time, so it stays off the calendar today.");
    expect(text.match(/You removed/g)).toHaveLength(1);
  });
});
