import { describe, expect, it } from "vitest";
import type { Settings } from "../src/api/types";
import { fromInput, toInput } from "../src/settings/settingsForm";

const read: Settings = {
  slaHours: 24,
  callBackWindowStart: "16:00:00",
  callBackWindowEnd: "17:00:00",
  callBackDays: null,
  minutesPerCall: 3,
  blockedNumbers: ["+15550100"],
  todoListName: "Call-backs",
};

describe("settings form", () => {
  it("shows times without seconds and blocked numbers one a line", () => {
    expect(toInput(read)).toEqual({ windowStart: "16:00", windowEnd: "17:00", days: [], slaHours: "24", minutesPerCall: "3", blockedNumbers: "+15550100" });
  });

  it("keeps the fields it does not show and orders the ticked days through the week", () => {
    const saved = fromInput(read, { windowStart: "15:30", windowEnd: "16:15", days: ["Friday", "Monday"], slaHours: "8", minutesPerCall: "4", blockedNumbers: " +15550100\n\n+442079460999, +61491570156 " });

    expect(saved).toEqual({
      slaHours: 8,
      callBackWindowStart: "15:30:00",
      callBackWindowEnd: "16:15:00",
      callBackDays: ["Monday", "Friday"],
      minutesPerCall: 4,
      blockedNumbers: ["+15550100", "+442079460999", "+61491570156"],
      todoListName: "Call-backs",
    });
  });

  it("means the working days when no day is ticked", () => {
    expect(fromInput({ ...read, callBackDays: ["Monday"] }, { ...toInput(read), days: [] }).callBackDays).toBeNull();
  });
});
