import { OfficeMockObject } from "office-addin-mock";
import { describe, expect, it } from "vitest";
import { openItem } from "../src/host/outlookItem";

function outlookWith(item: Record<string, unknown> | undefined): typeof Office {
  return new OfficeMockObject({ host: "outlook", context: { mailbox: { item } } }) as unknown as typeof Office;
}

describe("openItem", () => {
  it("reads a voicemail in read mode", () => {
    const office = outlookWith({ itemId: "AAMkVoicemail=", itemClass: "IPM.Note.Microsoft.Voicemail.UM.CA", subject: "Voicemail from Patti" });

    expect(openItem(office)).toEqual({ itemId: "AAMkVoicemail=", subject: "Voicemail from Patti", isCallItem: true });
  });

  it("tells a missed-call notice from ordinary mail", () => {
    expect(openItem(outlookWith({ itemId: "m1", itemClass: "IPM.Note.Microsoft.Missed.Voice", subject: "Missed call" }))?.isCallItem).toBe(true);
    expect(openItem(outlookWith({ itemId: "m2", itemClass: "IPM.Note", subject: "Lunch?" }))?.isCallItem).toBe(false);
  });

  it("is null without an item in read mode or outside Office", () => {
    expect(openItem(outlookWith({ subject: "a draft being written" }))).toBeNull();
    expect(openItem(undefined)).toBeNull();
  });
});
