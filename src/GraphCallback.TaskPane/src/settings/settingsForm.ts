import type { DayName, Settings } from "../api/types";

export const days: DayName[] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** What the settings form holds, as the person typed it. */
export interface SettingsInput {
  windowStart: string;
  windowEnd: string;
  days: DayName[];
  slaHours: string;
  minutesPerCall: string;
  blockedNumbers: string;
}

export function toInput(settings: Settings): SettingsInput {
  return {
    windowStart: settings.callBackWindowStart.slice(0, 5),
    windowEnd: settings.callBackWindowEnd.slice(0, 5),
    days: settings.callBackDays ?? [],
    slaHours: String(settings.slaHours),
    minutesPerCall: String(settings.minutesPerCall),
    blockedNumbers: settings.blockedNumbers.join("\n"),
  };
}

/**
 * The settings to PUT: the ones read, with the form's fields applied, so fields the pane does not
 * show survive. No days ticked means "my working days" (null), as the API reads it.
 */
export function fromInput(read: Settings, input: SettingsInput): Settings {
  return {
    ...read,
    callBackWindowStart: `${input.windowStart}:00`,
    callBackWindowEnd: `${input.windowEnd}:00`,
    callBackDays: input.days.length === 0 ? null : days.filter((d) => input.days.includes(d)),
    slaHours: Number(input.slaHours),
    minutesPerCall: Number(input.minutesPerCall),
    blockedNumbers: input.blockedNumbers.split(/[\n,]/).map((n) => n.trim()).filter(Boolean),
  };
}
