import type { Versioned, FollowUp } from "../api/types";
import { ApiProblem } from "../api/problem";
import type { PaneContext } from "../context";
import { openDraft } from "../host/openDraft";
import { h } from "../ui/dom";
import { needsAvailabilityLine, outcomes } from "./outcomes";

type Changed = (next: Versioned<FollowUp>, message: string) => void;

/** Logging what happened, the e-mail alternatives, snooze and dismiss, for one pending follow-up. */
export function actions(ctx: PaneContext, current: Versioned<FollowUp>, changed: Changed, failed: (error: unknown) => void): HTMLElement {
  const id = current.value.id;
  const outcome = h("select", { id: "outcome", name: "outcome" }, ...outcomes.map((o) => h("option", { value: o.name }, o.label))) as HTMLSelectElement;
  const note = h("textarea", { id: "note", name: "note", rows: "2" }) as HTMLTextAreaElement;
  const line = h("div", { id: "availability", class: "availability", "aria-live": "polite" });

  const updateLine = async (): Promise<void> => {
    if (!needsAvailabilityLine(outcome.value)) {
      line.replaceChildren();
      return;
    }
    line.replaceChildren("Finding when you're free…");
    try {
      const availability = await ctx.api.availability();
      line.replaceChildren(availability.phrase
        ? h("p", {}, h("strong", {}, "Say: "), h("q", { class: "line" }, availability.phrase))
        : h("p", {}, "No free time in the next three days: offer e-mail instead."));
    } catch (error) {
      line.replaceChildren(h("p", { role: "alert" }, `Your free times could not be read: ${error instanceof Error ? error.message : String(error)}`));
    }
  };
  outcome.addEventListener("change", () => void updateLine());

  const run = (work: () => Promise<void>) => () => void work().catch(failed);
  const log = run(async () => {
    const label = outcomes.find((o) => o.name === outcome.value)?.label ?? outcome.value;
    changed(await ctx.api.logAttempt(id, outcome.value, note.value, current.etag), `Logged: ${label}.`);
  });
  const draft = (kind: "offer" | "decline") => run(async () => {
    try {
      const made = await ctx.api.emailDraft(id, kind);
      const how = openDraft(made, ctx.office);
      ctx.announce(how === "none" ? "Draft saved in your Drafts folder." : "Draft opened: review it and send.");
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 409) ctx.announce("There's no e-mail address for this caller: call them instead.");
      else throw error;
    }
  });
  const snoozeFor = h("select", { id: "snooze-for" },
    h("option", { value: "1" }, "1 hour"), h("option", { value: "3" }, "3 hours"), h("option", { value: "24" }, "1 day")) as HTMLSelectElement;
  const snooze = run(async () => {
    const until = new Date(ctx.now().getTime() + Number(snoozeFor.value) * 3_600_000);
    changed(await ctx.api.snooze(id, until, current.etag), `Snoozed for ${snoozeFor.selectedOptions[0]?.text ?? ""}.`);
  });
  const reason = h("input", { id: "dismiss-reason", type: "text", placeholder: "Spam, duplicate…" }) as HTMLInputElement;
  const dismiss = run(async () => {
    if (!reason.value.trim()) {
      ctx.announce("Say why you dismiss it.");
      reason.focus();
      return;
    }
    changed(await ctx.api.dismiss(id, reason.value.trim(), current.etag), "Dismissed.");
  });

  return h("section", { class: "actions", "aria-labelledby": "log-title" },
    h("h3", { id: "log-title" }, "Log the call-back"),
    h("label", { for: "outcome" }, "What happened?"), outcome,
    line,
    h("label", { for: "note" }, "Note (optional)"), note,
    h("fluent-button", { appearance: "primary", id: "log", onclick: log }, "Log call"),
    h("h3", {}, "Rather not call?"),
    h("div", { class: "buttons" },
      h("fluent-button", { id: "offer-email", onclick: draft("offer") }, "Offer e-mail instead"),
      h("fluent-button", { id: "decline", onclick: draft("decline") }, "Say no politely")),
    h("h3", {}, "Later, or not at all"),
    h("div", { class: "inline" }, h("label", { for: "snooze-for" }, "Snooze for"), snoozeFor, h("fluent-button", { id: "snooze", onclick: snooze }, "Snooze")),
    h("div", { class: "inline" }, h("label", { for: "dismiss-reason" }, "Dismiss because"), reason, h("fluent-button", { id: "dismiss", onclick: dismiss }, "Dismiss")));
}
