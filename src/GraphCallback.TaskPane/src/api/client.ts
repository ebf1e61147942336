import { ApiProblem, Offline } from "./problem";
import type { Availability, CallBackBlock, Draft, FollowUp, Settings, Versioned } from "./types";

/** Whatever gets the pane a bearer token for the API: MSAL (NAA or browser), Office SSO, or a test's. */
export interface TokenSource {
  getToken(): Promise<string>;
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** The task pane API, same origin as the pane. Every call carries a fresh bearer token. */
export class ApiClient {
  constructor(
    private readonly tokens: TokenSource,
    private readonly fetchImpl: FetchLike = (input, init) => fetch(input, init),
  ) {}

  pending(): Promise<FollowUp[]> {
    return this.json<FollowUp[]>("GET", "/api/followups?status=open");
  }

  followUp(id: string): Promise<Versioned<FollowUp>> {
    return this.versioned<FollowUp>("GET", `/api/followups/${encodeURIComponent(id)}`);
  }

  /** The follow-up an Outlook item (voicemail or missed-call mail) belongs to, or null when it has none. */
  async byItem(itemId: string): Promise<Versioned<FollowUp> | null> {
    try {
      return await this.versioned<FollowUp>("GET", `/api/followups/by-item/${encodeURIComponent(itemId)}`);
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 404) return null;
      throw error;
    }
  }

  logAttempt(id: string, outcome: string, note: string, etag: string | null): Promise<Versioned<FollowUp>> {
    return this.versioned("POST", `/api/followups/${encodeURIComponent(id)}/attempts`, { outcome, note }, etag);
  }

  snooze(id: string, until: Date, etag: string | null): Promise<Versioned<FollowUp>> {
    return this.versioned("POST", `/api/followups/${encodeURIComponent(id)}/snooze`, { until: until.toISOString() }, etag);
  }

  dismiss(id: string, reason: string, etag: string | null): Promise<Versioned<FollowUp>> {
    return this.versioned("POST", `/api/followups/${encodeURIComponent(id)}/dismiss`, { reason }, etag);
  }

  emailDraft(id: string, kind: "offer" | "decline"): Promise<Draft> {
    return this.json<Draft>("POST", `/api/followups/${encodeURIComponent(id)}/email-offer?kind=${kind}`);
  }

  availability(days = 3): Promise<Availability> {
    return this.json<Availability>("GET", `/api/availability?days=${days}`);
  }

  callBackBlock(): Promise<CallBackBlock> {
    return this.json<CallBackBlock>("GET", "/api/callback-block");
  }

  settings(): Promise<Versioned<Settings>> {
    return this.versioned<Settings>("GET", "/api/settings");
  }

  saveSettings(settings: Settings, etag: string | null): Promise<Versioned<Settings>> {
    return this.versioned("PUT", "/api/settings", settings, etag);
  }

  private async json<T>(method: string, path: string, body?: unknown): Promise<T> {
    return (await this.versioned<T>(method, path, body)).value;
  }

  private async versioned<T>(method: string, path: string, body?: unknown, etag?: string | null): Promise<Versioned<T>> {
    const headers: Record<string, string> = { Authorization: `Bearer ${await this.tokens.getToken()}`, Accept: "application/json" };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (etag) headers["If-Match"] = etag;
    // A POST whose answer was lost may still have been carried out: it is sent once more with the
    // same Idempotency-Key, so the API records the attempt once and answers as it did.
    const once = method === "POST";
    if (once) headers["Idempotency-Key"] = crypto.randomUUID();
    const send = () => this.fetchImpl(path, { method, headers, body: body === undefined ? null : JSON.stringify(body) });
    let response: Response;
    try {
      response = await send();
    } catch {
      if (!once) throw new Offline();
      try {
        response = await send();
      } catch {
        throw new Offline();
      }
    }
    if (!response.ok) throw await ApiProblem.from(response);
    return { value: (await response.json()) as T, etag: response.headers.get("ETag") };
  }
}
