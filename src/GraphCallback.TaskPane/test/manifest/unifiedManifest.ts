import { AppManifestUtils } from "@microsoft/app-manifest";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pngSize } from "./png";

/** The parts of the unified manifest the checks read (the schema checks the rest). */
export interface UnifiedManifest {
  $schema?: string;
  manifestVersion: string;
  id: string;
  version: string;
  name: { short: string };
  icons: { color: string; outline: string };
  validDomains?: string[];
  staticTabs?: { contentUrl?: string; websiteUrl?: string }[];
  webApplicationInfo?: { id: string; resource?: string; nestedAppAuthInfo?: { redirectUri: string; scopes: string[] }[] };
  extensions?: Extension[];
}

interface Extension {
  requirements?: { capabilities?: { name: string; minVersion?: string }[] };
  runtimes?: { id: string; code: { page: string }; actions?: { id: string; type: string }[] }[];
  ribbons?: { tabs: { groups?: { id: string; icons?: Icon[]; controls?: { id: string; label: string; icons?: Icon[]; actionId: string }[] }[] }[] }[];
  alternates?: { hide?: { customOfficeAddin?: { officeAddinId: string }; storeOfficeAddin?: { officeAddinId: string } } }[];
}

interface Icon {
  size: number;
  url: string;
}

const require = createRequire(import.meta.url);

/** The JSON schema @microsoft/app-manifest ships for a manifest version (e.g. "1.30"). */
export function schemaFor(manifestVersion: string): object | null {
  const path = join(dirname(require.resolve("@microsoft/app-manifest/package.json")), "build", "json-schemas", "teams", `v${manifestVersion}`, "MicrosoftTeams.schema.json");
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as object) : null;
}

/**
 * Schema validation offline, then what a schema cannot see: the manifest version matches the
 * schema named, ribbon buttons run actions that exist, every URL is HTTPS on a valid domain, the
 * icon files exist at the sizes Teams requires, and sign-in names the same app throughout.
 * <paramref name="folder"/> is where the manifest's own icon files are.
 */
export async function checkUnifiedManifest(raw: string, folder: string): Promise<string[]> {
  let manifest: UnifiedManifest;
  try {
    manifest = JSON.parse(raw) as UnifiedManifest;
  } catch (error) {
    return [`not JSON: ${(error as Error).message}`];
  }
  const schema = schemaFor(manifest.manifestVersion);
  if (!schema) return [`no schema for manifestVersion ${manifest.manifestVersion}`];
  const errors = (await AppManifestUtils.validateAgainstSchema(manifest as never, schema as never)).map((e) => `schema: ${e}`);
  if (manifest.$schema && !manifest.$schema.includes(`/v${manifest.manifestVersion}/`)) errors.push(`$schema ${manifest.$schema} is not the v${manifest.manifestVersion} schema`);

  const domains = new Set(manifest.validDomains ?? []);
  const extension = manifest.extensions?.[0];
  const actions = new Set(extension?.runtimes?.flatMap((r) => r.actions ?? []).map((a) => a.id));
  const groups = extension?.ribbons?.flatMap((r) => r.tabs).flatMap((t) => t.groups ?? []) ?? [];
  const controls = groups.flatMap((g) => g.controls ?? []);
  for (const control of controls) if (!actions.has(control.actionId)) errors.push(`button ${control.id} runs action ${control.actionId}, which no runtime declares`);

  const urls = [
    ...(manifest.staticTabs ?? []).flatMap((t) => [t.contentUrl, t.websiteUrl]),
    ...(extension?.runtimes ?? []).map((r) => r.code.page),
    ...groups.flatMap((g) => [...(g.icons ?? []), ...(g.controls ?? []).flatMap((c) => c.icons ?? [])]).map((i) => i.url),
  ].filter((u): u is string => Boolean(u));
  for (const url of urls) {
    if (!url.startsWith("https://")) errors.push(`${url} is not HTTPS`);
    else if (!domains.has(new URL(url).host)) errors.push(`${url} is not on a valid domain`);
  }

  for (const [kind, size] of [["color", 192], ["outline", 32]] as const) {
    const path = join(folder, manifest.icons[kind]);
    const actual = existsSync(path) ? pngSize(path) : null;
    if (!actual) errors.push(`${kind} icon ${manifest.icons[kind]} is not a PNG beside the manifest`);
    else if (actual.width !== size || actual.height !== size) errors.push(`${kind} icon is ${actual.width}x${actual.height}, not ${size}x${size}`);
  }

  const app = manifest.webApplicationInfo;
  if (!app) errors.push("webApplicationInfo is missing: no sign-in");
  else {
    if (app.resource && !app.resource.endsWith(app.id)) errors.push(`webApplicationInfo.resource ${app.resource} does not name app ${app.id}`);
    for (const naa of app.nestedAppAuthInfo ?? []) {
      if (!/^brk-multihub:\/\//.test(naa.redirectUri) || !domains.has(naa.redirectUri.replace("brk-multihub://", ""))) errors.push(`nested app auth redirect ${naa.redirectUri} is not brk-multihub://<valid domain>`);
      if (!naa.scopes.every((s) => app.resource && s.startsWith(`${app.resource}/`))) errors.push("nested app auth scopes are not the app's own API (webApplicationInfo.resource)");
    }
  }
  return errors;
}
