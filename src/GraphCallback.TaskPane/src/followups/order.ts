import type { FollowUp } from "../api/types";

/** Who to call first: higher priority (lower number) first, then the earliest deadline. */
export function byPriorityThenDue(followUps: readonly FollowUp[]): FollowUp[] {
  return [...followUps].sort((a, b) => a.priority - b.priority || Date.parse(a.dueAt) - Date.parse(b.dueAt));
}
