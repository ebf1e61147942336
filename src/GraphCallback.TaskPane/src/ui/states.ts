import { ApiProblem, Offline } from "../api/problem";
import { SignInRequired } from "../auth/signIn";
import { h } from "./dom";

/** A busy indicator that screen readers announce. */
export function loading(what: string): HTMLElement {
  return h("div", { class: "state", role: "status" }, h("fluent-spinner", { size: "small", "aria-hidden": "true" }), h("span", {}, `Loading ${what}…`));
}

/** What went wrong, in words, and a way to try again. Sign-in and offline are states, not errors. */
export function failure(error: unknown, retry: () => void, signIn: () => void): HTMLElement {
  if (error instanceof SignInRequired) {
    return h("div", { class: "state", role: "region", "aria-label": "Sign in" },
      h("p", {}, error.message),
      h("fluent-button", { appearance: "primary", onclick: signIn }, "Sign in"));
  }
  const offline = error instanceof Offline || (typeof navigator !== "undefined" && !navigator.onLine);
  const message = offline ? new Offline().message : error instanceof ApiProblem || error instanceof Error ? error.message : String(error);
  return h("div", { class: offline ? "state offline" : "state error", role: "alert" },
    h("p", {}, message),
    h("fluent-button", { onclick: retry }, "Try again"));
}
