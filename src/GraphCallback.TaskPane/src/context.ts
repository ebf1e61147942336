import type { ApiClient } from "./api/client";

/** What every view needs: the API, Office when the pane runs in Outlook, the clock, and a voice. */
export interface PaneContext {
  api: ApiClient;
  office: typeof Office | undefined;
  now: () => Date;
  /** Says something in the live region, so screen readers hear what a click did. */
  announce: (message: string) => void;
}
