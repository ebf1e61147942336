import { describe, expect, it, vi } from "vitest";
import type { ApiClient } from "../src/api/client";
import { ApiProblem } from "../src/api/problem";
import type { PaneContext } from "../src/context";
import { actions } from "../src/followups/actions";
import { followUp } from "./followUps";

function context(api: Partial<ApiClient>): PaneContext & { said: string[] } {
  const said: string[] = [];
  return { api: api as ApiClient, office: undefined, now: () => new Date("2026-11-23T12:00:00Z"), announce: (m) => said.push(m), said };
}

describe("actions", () => {
  it("shows the availability line to read out when 'left voicemail' is chosen, and logs it with the note", async () => {
    const logAttempt = vi.fn().mockResolvedValue({ value: followUp({ status: "attempted" }), etag: 'W/"2"' });
    const ctx = context({ availability: vi.fn().mockResolvedValue({ timeZone: "Europe/London", phrase: "You can reach me Tuesday between 2 and 4 pm.", windows: [] }), logAttempt });
    const changed = vi.fn();
    const view = actions(ctx, { value: followUp(), etag: 'W/"1"' }, changed, (e) => { throw e; });

    const outcome = view.querySelector<HTMLSelectElement>("#outcome")!;
    outcome.value = "leftVoicemail";
    outcome.dispatchEvent(new Event("change"));
    await vi.waitFor(() => expect(view.querySelector("#availability q.line")?.textContent).toBe("You can reach me Tuesday between 2 and 4 pm."));

    view.querySelector<HTMLTextAreaElement>("#note")!.value = "left Tuesday";
    view.querySelector<HTMLElement>("#log")!.click();
    await vi.waitFor(() => expect(changed).toHaveBeenCalled());
    expect(logAttempt).toHaveBeenCalledWith("f1", "leftVoicemail", "left Tuesday", 'W/"1"');
    expect(changed).toHaveBeenCalledWith({ value: followUp({ status: "attempted" }), etag: 'W/"2"' }, "Logged: Left a voicemail.");
  });

  it("says so when the caller has no e-mail address for an offer", async () => {
    const ctx = context({ emailDraft: vi.fn().mockRejectedValue(new ApiProblem(409, "No e-mail address for this caller", null, {})) });
    const view = actions(ctx, { value: followUp(), etag: null }, vi.fn(), (e) => { throw e; });

    view.querySelector<HTMLElement>("#offer-email")!.click();

    await vi.waitFor(() => expect(ctx.said).toEqual(["There's no e-mail address for this caller: call them instead."]));
  });

  it("asks why before dismissing", () => {
    const dismiss = vi.fn();
    const ctx = context({ dismiss });
    const view = actions(ctx, { value: followUp(), etag: null }, vi.fn(), (e) => { throw e; });

    view.querySelector<HTMLElement>("#dismiss")!.click();

    expect(dismiss).not.toHaveBeenCalled();
    expect(ctx.said).toEqual(["Say why you dismiss it."]);
  });
});
