import type { Caller } from "../api/types";

/** The one-tap ways to ring a caller back: the phone (tel:) and Teams (a PSTN call deep link). */
export interface CallLinks {
  tel: string;
  teams: string;
}

/** Null when the caller's number is unknown: there is nothing to dial. */
export function callLinks(caller: Pick<Caller, "number" | "telUri">): CallLinks | null {
  if (!caller.number) return null;
  return {
    tel: caller.telUri ?? `tel:${caller.number}`,
    // "4:" marks a phone number for Teams' call deep link.
    teams: `https://teams.microsoft.com/l/call/0/0?users=${encodeURIComponent(`4:${caller.number}`)}`,
  };
}
