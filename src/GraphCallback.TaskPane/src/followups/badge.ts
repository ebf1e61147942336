import type { FollowUp } from "../api/types";
import { h } from "../ui/dom";
import { slaBadge, type BadgeTone } from "./sla";

// Fluent's badge colours; an escalated follow-up is a filled red, an overdue one a tinted red.
const fluentColor: Record<BadgeTone, string> = { success: "success", warning: "warning", danger: "danger", severe: "danger" };

/** The SLA badge element ("due in 3 h", "overdue 5 h"). */
export function badge(followUp: FollowUp, now: Date): HTMLElement {
  const { text, tone } = slaBadge(followUp, now);
  return h("fluent-badge", { class: `sla sla-${tone}`, color: fluentColor[tone], appearance: tone === "severe" ? "filled" : "tint" }, text);
}
