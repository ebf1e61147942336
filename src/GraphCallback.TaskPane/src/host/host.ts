/**
 * Where the pane runs. The manifests open it as /pane/?host=outlook (the add-in) and
 * /pane/?host=teams (the personal tab); anything else is a plain browser, the local demo, where
 * office.js is neither loaded nor needed.
 */
export type HostKind = "outlook" | "teams" | "browser";

export function detectHost(search: string): HostKind {
  const params = new URLSearchParams(search);
  const host = params.get("host");
  if (host === "outlook" || host === "teams") return host;
  // Office appends _host_Info to the add-in's URL; keep working if a manifest lost the marker.
  if (params.get("_host_Info")?.toLowerCase().startsWith("outlook")) return "outlook";
  return "browser";
}

/** True when the page is framed (a task pane, a tab): sign-in must use a popup, not a redirect. */
export function isFramed(win: Window): boolean {
  try {
    return win.self !== win.top;
  } catch {
    return true;
  }
}
