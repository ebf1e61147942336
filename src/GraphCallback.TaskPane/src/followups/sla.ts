import type { FollowUp, SlaState } from "../api/types";

export type BadgeTone = "success" | "warning" | "danger" | "severe";

/** The SLA badge: "due in 3 h" / "overdue 5 h", coloured by the API's SLA state. */
export interface SlaBadge {
  text: string;
  tone: BadgeTone;
}

const tones: Record<SlaState, BadgeTone> = { onTrack: "success", dueSoon: "warning", overdue: "danger", escalated: "severe" };

export function slaBadge(followUp: Pick<FollowUp, "dueAt" | "slaState">, now: Date): SlaBadge {
  const minutes = Math.round((Date.parse(followUp.dueAt) - now.getTime()) / 60_000);
  const text = minutes >= 0 ? `due in ${span(minutes)}` : `overdue ${span(-minutes)}`;
  return { text, tone: tones[followUp.slaState] ?? "warning" };
}

// Whole hours once past the first hour (a person plans in hours), days past two days.
function span(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.round(hours / 24)} d`;
}
