import { describe, expect, it } from "vitest";
import { slaBadge } from "../src/followups/sla";

const now = new Date("2026-11-23T12:00:00Z");

describe("slaBadge", () => {
  it("counts hours until the deadline", () => {
    expect(slaBadge({ dueAt: "2026-11-23T15:00:00Z", slaState: "onTrack" }, now)).toEqual({ text: "due in 3 h", tone: "success" });
  });

  it("counts hours past the deadline", () => {
    expect(slaBadge({ dueAt: "2026-11-23T07:00:00Z", slaState: "overdue" }, now)).toEqual({ text: "overdue 5 h", tone: "danger" });
  });

  it("uses minutes in the last hour and days beyond two", () => {
    expect(slaBadge({ dueAt: "2026-11-23T12:40:00Z", slaState: "dueSoon" }, now).text).toBe("due in 40 min");
    expect(slaBadge({ dueAt: "2026-11-19T12:00:00Z", slaState: "escalated" }, now)).toEqual({ text: "overdue 4 d", tone: "severe" });
  });
});
