import type { CallBackBlock } from "../api/types";
import { plural, time } from "../followups/format";

/** Today's call-back block in one sentence: when and how long, or why there is none. */
export function blockSummary(block: CallBackBlock, locale?: string): string {
  if (block.state === "booked" && block.start && block.end) {
    const minutes = Math.round((Date.parse(block.end) - Date.parse(block.start)) / 60_000);
    return `Today ${time(block.start, locale)}–${time(block.end, locale)} (${minutes} min) for ${plural(block.calls, "call")}.`;
  }
  // The planner's reason for a removed block already says the user removed it (and what follows):
  // it stands alone rather than after a second "You removed …".
  if (block.state === "removedByYou") return block.reason || "You removed today's call-back block.";
  const none = "No call-back block today.";
  return block.reason ? `${none} ${block.reason}` : none;
}
