// The task pane API's JSON shapes (see /api/openapi.json and src/GraphCallback.Functions).

export type SlaState = "onTrack" | "dueSoon" | "overdue" | "escalated";

export interface Caller {
  name: string | null;
  number: string | null;
  display: string;
  company: string | null;
  kind: string;
  telUri: string | null;
}

export interface Attempt {
  at: string;
  outcome: string;
  actor: string;
  note: string | null;
}

export interface HistoryEntry {
  at: string;
  kind: string;
  actor: string;
  note: string | null;
}

export interface Call {
  sourceId: string;
  kind: string;
  receivedAt: string;
  durationSeconds: number | null;
  transcriptExcerpt: string | null;
}

export interface FollowUp {
  id: string;
  caller: Caller;
  status: string;
  priority: number;
  callCount: number;
  lastCallAt: string;
  dueAt: string;
  slaState: SlaState;
  transcriptExcerpt: string | null;
  attempts: { count: number; items: Attempt[] };
  snoozedUntil: string | null;
  history?: HistoryEntry[];
  calls?: Call[];
}

/** A follow-up read on its own, with the ETag that makes the next change safe (If-Match). */
export interface Versioned<T> {
  value: T;
  etag: string | null;
}

export interface Availability {
  timeZone: string;
  phrase: string | null;
  windows: { start: string; end: string; phrase: string }[];
}

export interface Draft {
  id: string;
  webLink: string | null;
}

export type DayName = "Sunday" | "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday";

/** The settings the pane edits; the API keeps (and needs back) the fields the pane does not show. */
export interface Settings {
  slaHours: number;
  callBackWindowStart: string;
  callBackWindowEnd: string;
  callBackDays: DayName[] | null;
  minutesPerCall: number;
  blockedNumbers: string[];
  [other: string]: unknown;
}

/**
 * Today's call-back block (GET /api/callback-block): booked with its time, or none, no time
 * free, or removed by the user, each with the reason in words.
 */
export interface CallBackBlock {
  state: "booked" | "none" | "noTime" | "removedByYou";
  start?: string | null;
  end?: string | null;
  calls: number;
  reason?: string | null;
  timeZone?: string;
}
