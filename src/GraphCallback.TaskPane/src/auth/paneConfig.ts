/** How the pane signs in, served by the app from its settings at /pane/config.json. */
export interface PaneConfig {
  clientId: string;
  authority: string;
  apiScope: string;
}

export async function loadPaneConfig(fetchImpl: (url: string) => Promise<Response> = (url) => fetch(url)): Promise<PaneConfig> {
  const response = await fetchImpl("/pane/config.json");
  if (!response.ok) throw new Error(`The pane's configuration could not be read (HTTP ${response.status}).`);
  const config = (await response.json()) as Partial<PaneConfig>;
  if (!config.clientId || !config.authority || !config.apiScope) throw new Error("The pane's configuration is incomplete: clientId, authority and apiScope are needed.");
  return { clientId: config.clientId, authority: config.authority, apiScope: config.apiScope };
}
