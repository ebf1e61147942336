/** The API's call outcomes (Core's CallOutcome names) with how the pane labels them. */
export const outcomes = [
  { name: "reached", label: "Reached them" },
  { name: "leftVoicemail", label: "Left a voicemail" },
  { name: "leftLiveMessage", label: "Left a message with a person" },
  { name: "noAnswer", label: "No answer" },
  { name: "busy", label: "Busy" },
  { name: "answeredByEmail", label: "Answered by e-mail" },
  { name: "declinedPolitely", label: "Said no politely" },
  { name: "wrongNumber", label: "Wrong number" },
] as const;

export type OutcomeName = (typeof outcomes)[number]["name"];

/** Leaving a voicemail is when the caller needs to hear when they can reach you. */
export function needsAvailabilityLine(outcome: string): boolean {
  return outcome === "leftVoicemail";
}
