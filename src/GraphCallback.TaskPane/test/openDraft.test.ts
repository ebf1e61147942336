import { OfficeMockObject } from "office-addin-mock";
import { afterEach, describe, expect, it, vi } from "vitest";
import { openDraft } from "../src/host/openDraft";

const draft = { id: "AAMkDraft", webLink: "https://outlook.office.com/owa/?ItemID=AAMkDraft" };

afterEach(() => vi.unstubAllGlobals());

describe("openDraft", () => {
  it("opens Outlook's message form with the draft's EWS id inside Outlook", () => {
    // office-addin-mock has no enums: seed the one convertToEwsId needs.
    vi.stubGlobal("Office", { MailboxEnums: { RestVersion: { v2_0: "v2.0" } } });
    const shown: string[] = [];
    const office = new OfficeMockObject({
      host: "outlook",
      context: {
        mailbox: {
          convertToEwsId: (id: string, version: string) => `ews(${version}):${id}`,
          displayMessageForm: (id: string) => shown.push(id),
        },
      },
    }) as unknown as typeof Office;
    const open = vi.fn();

    expect(openDraft(draft, office, open)).toBe("form");
    expect(shown).toEqual(["ews(v2.0):AAMkDraft"]);
    expect(open).not.toHaveBeenCalled();
  });

  it("opens the web link elsewhere, and nothing when there is none", () => {
    const open = vi.fn();
    expect(openDraft(draft, undefined, open)).toBe("link");
    expect(open).toHaveBeenCalledWith(draft.webLink);
    expect(openDraft({ id: "x", webLink: null }, undefined, open)).toBe("none");
  });
});
