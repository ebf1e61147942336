import { ApiProblem } from "../api/problem";
import type { Settings, Versioned } from "../api/types";
import type { PaneContext } from "../context";
import { h } from "../ui/dom";
import { days, fromInput, toInput, type SettingsInput } from "./settingsForm";

/** The call-back habit's settings: window and days, SLA hours, minutes per call, blocked numbers. */
export async function settingsView(ctx: PaneContext): Promise<HTMLElement> {
  let current: Versioned<Settings> = await ctx.api.settings();
  const input = toInput(current.value);
  const field = (id: string, label: string, control: HTMLElement) => h("div", { class: "field" }, h("label", { for: id }, label), control, h("span", { class: "field-error", id: `${id}-error`, role: "alert" }));
  const windowStart = h("input", { id: "window-start", type: "time", value: input.windowStart }) as HTMLInputElement;
  const windowEnd = h("input", { id: "window-end", type: "time", value: input.windowEnd }) as HTMLInputElement;
  const slaHours = h("input", { id: "sla-hours", type: "number", min: "1", value: input.slaHours }) as HTMLInputElement;
  const minutes = h("input", { id: "minutes-per-call", type: "number", min: "1", value: input.minutesPerCall }) as HTMLInputElement;
  const blocked = h("textarea", { id: "blocked-numbers", rows: "3" }, input.blockedNumbers) as HTMLTextAreaElement;
  const dayBoxes = days.map((d) => h("input", { type: "checkbox", id: `day-${d}`, value: d, checked: input.days.includes(d) }) as HTMLInputElement);
  const form = h("section", { class: "settings", "aria-labelledby": "settings-title" });

  const save = async (): Promise<void> => {
    form.querySelectorAll(".field-error").forEach((e) => e.replaceChildren());
    const typed: SettingsInput = {
      windowStart: windowStart.value,
      windowEnd: windowEnd.value,
      days: dayBoxes.filter((b) => b.checked).map((b) => b.value as SettingsInput["days"][number]),
      slaHours: slaHours.value,
      minutesPerCall: minutes.value,
      blockedNumbers: blocked.value,
    };
    try {
      current = await ctx.api.saveSettings(fromInput(current.value, typed), current.etag);
      ctx.announce("Settings saved.");
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error;
      if (error.status === 412) {
        current = await ctx.api.settings();
        ctx.announce("Your settings changed elsewhere and were reloaded; save again to apply yours.");
        return;
      }
      for (const [name, messages] of Object.entries(error.fieldErrors)) {
        form.querySelector(`#${fieldIds[name.toLowerCase()] ?? "settings"}-error`)?.replaceChildren(messages.join(" "));
      }
      ctx.announce(error.message);
    }
  };

  form.append(
    h("h2", { id: "settings-title" }, "Settings"),
    field("window-start", "Call-back window starts", windowStart),
    field("window-end", "and ends", windowEnd),
    h("fieldset", {}, h("legend", {}, "Call-back days (none ticked: your working days)"),
      ...days.map((d, i) => h("label", { class: "day" }, dayBoxes[i] ?? null, d.slice(0, 3)))),
    field("sla-hours", "Call back within (hours)", slaHours),
    field("minutes-per-call", "Minutes per call", minutes),
    field("blocked-numbers", "Blocked numbers (one a line)", blocked),
    h("span", { class: "field-error", id: "settings-error", role: "alert" }),
    h("fluent-button", { appearance: "primary", id: "save-settings", onclick: () => void save().catch((e: unknown) => ctx.announce(String(e))) }, "Save settings"));
  return form;
}

// The API names fields as its JSON does; the form's inputs have their own ids.
const fieldIds: Record<string, string> = {
  callbackwindowstart: "window-start",
  callbackwindowend: "window-end",
  slahours: "sla-hours",
  minutespercall: "minutes-per-call",
  blockednumbers: "blocked-numbers",
};
