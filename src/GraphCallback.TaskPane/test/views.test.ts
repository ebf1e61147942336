import { describe, expect, it, vi } from "vitest";
import { ApiProblem, Offline } from "../src/api/problem";
import { SignInRequired } from "../src/auth/signIn";
import { listView } from "../src/followups/listView";
import { failure } from "../src/ui/states";
import { followUp } from "./followUps";

const now = new Date("2026-11-23T12:00:00Z");

describe("listView", () => {
  it("shows the empty state when every call is returned", () => {
    const view = listView([], now, () => {});
    expect(view.querySelector("h2")?.textContent).toBe("Every call returned");
  });

  it("lists callers by priority then due, with badge, company, count, why and call links", () => {
    const open = vi.fn();
    const view = listView(
      [followUp({ id: "b", priority: 2, caller: { ...followUp().caller, display: "Diego" } }), followUp({ id: "a", priority: 1, dueAt: "2026-11-23T15:00:00Z" })],
      now,
      open,
    );

    const cards = [...view.querySelectorAll("li.followup")];
    expect(cards.map((c) => c.getAttribute("data-id"))).toEqual(["a", "b"]);
    expect(cards[0]?.querySelector(".sla")?.textContent).toBe("due in 3 h");
    expect(cards[0]?.querySelector(".company")?.textContent).toBe("Fabrikam Hotels");
    expect(cards[0]?.querySelector(".count")?.textContent).toBe("2 calls");
    expect(cards[0]?.querySelector(".why")?.textContent).toBe("The boiler is leaking again.");
    expect(cards[0]?.querySelector<HTMLAnchorElement>("a.call")?.getAttribute("href")).toBe("tel:+442079460555");
    cards[1]?.querySelector<HTMLButtonElement>("button.caller")?.click();
    expect(open).toHaveBeenCalledWith("b");
  });
});

describe("failure", () => {
  it("offers sign-in rather than an error when a token needs the person", () => {
    const signIn = vi.fn();
    const view = failure(new SignInRequired(), () => {}, signIn);
    (view.querySelector("fluent-button") as HTMLElement).click();
    expect(signIn).toHaveBeenCalled();
    expect(view.getAttribute("role")).toBe("region");
  });

  it("says offline, or what the API said, as an alert with a retry", () => {
    const retry = vi.fn();
    const offline = failure(new Offline(), retry, () => {});
    expect(offline.className).toContain("offline");
    (offline.querySelector("fluent-button") as HTMLElement).click();
    expect(retry).toHaveBeenCalled();

    const problem = failure(new ApiProblem(500, "Graph is unavailable", null, {}), () => {}, () => {});
    expect(problem.getAttribute("role")).toBe("alert");
    expect(problem.textContent).toContain("Graph is unavailable");
  });
});
