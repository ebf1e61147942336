import { describe, expect, it } from "vitest";
import { ApiClient, type FetchLike } from "../src/api/client";
import { ApiProblem, Offline } from "../src/api/problem";
import { followUp } from "./followUps";

interface Sent {
  url: string;
  init: RequestInit;
}

function fake(respond: (url: string) => Response | Promise<Response>): { fetch: FetchLike; sent: Sent[] } {
  const sent: Sent[] = [];
  return {
    sent,
    fetch: async (url, init) => {
      sent.push({ url, init: init ?? {} });
      return respond(url);
    },
  };
}

const tokens = { getToken: async () => "token-1" };
const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });

describe("ApiClient", () => {
  it("sends the bearer token and reads the ETag", async () => {
    const api = fake(() => json(followUp(), 200, { ETag: 'W/"1"' }));

    const read = await new ApiClient(tokens, api.fetch).followUp("f1");

    expect(read).toEqual({ value: followUp(), etag: 'W/"1"' });
    expect(api.sent[0]?.url).toBe("/api/followups/f1");
    expect((api.sent[0]?.init.headers as Record<string, string>).Authorization).toBe("Bearer token-1");
  });

  it("logs an attempt with If-Match and the outcome in the body", async () => {
    const api = fake(() => json(followUp({ status: "attempted" }), 200, { ETag: 'W/"2"' }));

    const logged = await new ApiClient(tokens, api.fetch).logAttempt("f 1", "leftVoicemail", "said Tuesday", 'W/"1"');

    expect(logged.etag).toBe('W/"2"');
    const { url, init } = api.sent[0]!;
    expect(url).toBe("/api/followups/f%201/attempts");
    expect(init.method).toBe("POST");
    expect((init.headers as Record<string, string>)["If-Match"]).toBe('W/"1"');
    expect(JSON.parse(init.body as string)).toEqual({ outcome: "leftVoicemail", note: "said Tuesday" });
  });

  it("sends a POST whose answer was lost once more under the same Idempotency-Key", async () => {
    let calls = 0;
    const api = fake(() => {
      calls += 1;
      if (calls === 1) throw new TypeError("Failed to fetch");
      return json(followUp({ status: "attempted" }), 200, { ETag: 'W/"2"' });
    });

    const logged = await new ApiClient(tokens, api.fetch).logAttempt("f1", "noAnswer", "", 'W/"1"');

    expect(logged.etag).toBe('W/"2"');
    expect(api.sent).toHaveLength(2);
    const keys = api.sent.map((s) => (s.init.headers as Record<string, string>)["Idempotency-Key"]);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
  });

  it("gives each POST its own Idempotency-Key and sends none on a GET", async () => {
    const api = fake(() => json(followUp(), 200));
    const client = new ApiClient(tokens, api.fetch);

    await client.dismiss("f1", "spam", null);
    await client.dismiss("f1", "spam", null);
    await client.followUp("f1");

    const keys = api.sent.map((s) => (s.init.headers as Record<string, string>)["Idempotency-Key"]);
    expect(keys[0]).not.toBe(keys[1]);
    expect(keys[2]).toBeUndefined();
  });

  it("answers null for an item without a follow-up, and throws other failures as problems", async () => {
    const notFound = fake(() => json({ title: "No such follow-up" }, 404));
    expect(await new ApiClient(tokens, notFound.fetch).byItem("AAMk=")).toBeNull();
    expect(notFound.sent[0]?.url).toBe("/api/followups/by-item/AAMk%3D");

    const stale = fake(() => json({ title: "The follow-up changed", detail: "read it again" }, 412));
    await expect(new ApiClient(tokens, stale.fetch).dismiss("f1", "spam", 'W/"1"')).rejects.toMatchObject({ status: 412, title: "The follow-up changed" });
  });

  it("names the bad fields of a validation problem", async () => {
    const invalid = fake(() => json({ title: "One or more validation errors occurred.", errors: { slaHours: ["Must be between 1 and 168."] } }, 400));

    const error = await new ApiClient(tokens, invalid.fetch).availability(99).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiProblem);
    expect((error as ApiProblem).fieldErrors).toEqual({ slaHours: ["Must be between 1 and 168."] });
    expect((error as ApiProblem).message).toContain("slaHours: Must be between 1 and 168.");
  });

  it("reports an unreachable app as offline", async () => {
    const down = fake(() => Promise.reject(new TypeError("Failed to fetch")));

    await expect(new ApiClient(tokens, down.fetch).pending()).rejects.toBeInstanceOf(Offline);
  });
});
