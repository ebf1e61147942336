import { ApiProblem } from "../api/problem";
import type { PaneContext } from "../context";
import { h } from "../ui/dom";
import { blockSummary } from "./blockSummary";

/** Today's call-back block, read from GET /api/callback-block. */
export async function blockView(ctx: PaneContext): Promise<HTMLElement> {
  const title = h("h2", { id: "block-title" }, "Today's call-back block");
  try {
    const block = await ctx.api.callBackBlock();
    return h("section", { class: "block", "aria-labelledby": "block-title" }, title, h("p", { class: `block-${block.state}` }, blockSummary(block)));
  } catch (error) {
    // A server without the planner yet answers 404: say so rather than fail the pane.
    if (error instanceof ApiProblem && error.status === 404) {
      return h("section", { class: "block", "aria-labelledby": "block-title" }, title, h("p", {}, "This server does not plan call-back blocks yet."));
    }
    throw error;
  }
}
