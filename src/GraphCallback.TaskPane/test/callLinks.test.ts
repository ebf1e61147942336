import { describe, expect, it } from "vitest";
import { callLinks } from "../src/followups/callLinks";

describe("callLinks", () => {
  it("rings the number by phone and through Teams", () => {
    expect(callLinks({ number: "+442079460555", telUri: "tel:+44-20-7946-0555" })).toEqual({
      tel: "tel:+44-20-7946-0555",
      teams: "https://teams.microsoft.com/l/call/0/0?users=4%3A%2B442079460555",
    });
  });

  it("falls back to a plain tel: link and has nothing for an unknown number", () => {
    expect(callLinks({ number: "+15550100", telUri: null })?.tel).toBe("tel:+15550100");
    expect(callLinks({ number: null, telUri: null })).toBeNull();
  });
});
