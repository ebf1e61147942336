import type { Caller } from "../api/types";
import { h } from "../ui/dom";
import { callLinks } from "./callLinks";

/** One tap to ring back: by phone, or through Teams. Nothing when the number is unknown. */
export function callButtons(caller: Caller): HTMLElement | null {
  const links = callLinks(caller);
  if (!links) return null;
  return h("div", { class: "call-links" },
    h("a", { class: "call", href: links.tel, "aria-label": `Call ${caller.display} by phone` }, "Call"),
    h("a", { class: "call teams", href: links.teams, target: "_blank", rel: "noopener", "aria-label": `Call ${caller.display} in Teams` }, "Teams call"));
}
