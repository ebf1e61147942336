import { describe, expect, it } from "vitest";
import { byPriorityThenDue } from "../src/followups/order";
import { followUp } from "./followUps";

describe("byPriorityThenDue", () => {
  it("puts higher priority first, then the earlier deadline", () => {
    const list = [
      followUp({ id: "late-vip", priority: 1, dueAt: "2026-11-24T10:00:00Z" }),
      followUp({ id: "other", priority: 3, dueAt: "2026-11-23T10:00:00Z" }),
      followUp({ id: "early-vip", priority: 1, dueAt: "2026-11-23T18:00:00Z" }),
    ];

    expect(byPriorityThenDue(list).map((f) => f.id)).toEqual(["early-vip", "late-vip", "other"]);
    expect(list[0]?.id).toBe("late-vip");
  });
});
