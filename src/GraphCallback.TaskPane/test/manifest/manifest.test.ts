import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { compareManifests } from "./consistency";
import { checkUnifiedManifest, type UnifiedManifest } from "./unifiedManifest";
import { checkXmlManifest } from "./xmlManifest";

const paneFolder = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const manifestFolder = join(paneFolder, "..", "..", "manifest");
const unifiedRaw = readFileSync(join(manifestFolder, "manifest.json"), "utf8");
const xmlRaw = readFileSync(join(manifestFolder, "manifest.xml"), "utf8");
const copies: string[] = [];

/** A broken copy of the manifest folder: the change is applied to a copy, never to manifest/. */
function brokenCopy(change: (manifest: UnifiedManifest & Record<string, unknown>) => void): { raw: string; folder: string } {
  const folder = mkdtempSync(join(tmpdir(), "manifest-"));
  copies.push(folder);
  cpSync(manifestFolder, folder, { recursive: true });
  const manifest = JSON.parse(unifiedRaw) as UnifiedManifest & Record<string, unknown>;
  change(manifest);
  const raw = JSON.stringify(manifest, null, 2);
  writeFileSync(join(folder, "manifest.json"), raw);
  return { raw, folder };
}

afterEach(() => {
  for (const folder of copies.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe("manifest.json (unified)", () => {
  it("is valid against its schema and its own cross-references", async () => {
    expect(await checkUnifiedManifest(unifiedRaw, manifestFolder)).toEqual([]);
  });

  it("fails the schema when a required field goes or a value breaks its format", async () => {
    const noAccent = brokenCopy((m) => delete m.accentColor);
    const badId = brokenCopy((m) => (m.id = "not-a-guid"));

    expect((await checkUnifiedManifest(noAccent.raw, noAccent.folder)).join("\n")).toMatch(/schema: .*accentColor/);
    expect((await checkUnifiedManifest(badId.raw, badId.folder)).some((e) => e.startsWith("schema:"))).toBe(true);
  });

  it("fails when the button runs an action no runtime declares", async () => {
    const copy = brokenCopy((m) => {
      m.extensions![0]!.ribbons![0]!.tabs[0]!.groups![0]!.controls![0]!.actionId = "Missing";
    });

    expect(await checkUnifiedManifest(copy.raw, copy.folder)).toContain("button CallBacksButton runs action Missing, which no runtime declares");
  });

  it("fails on a page outside the valid domains and on a missing or wrongly sized icon", async () => {
    const http = brokenCopy((m) => {
      m.extensions![0]!.runtimes![0]!.code.page = "http://graphcallback.azurewebsites.net/pane/";
    });
    const otherDomain = brokenCopy((m) => (m.validDomains = ["elsewhere.example"]));
    const noIcon = brokenCopy((m) => (m.icons.color = "missing.png"));
    const smallIcon = brokenCopy((m) => (m.icons.color = "outline.png"));

    expect((await checkUnifiedManifest(http.raw, http.folder)).join("\n")).toContain("is not HTTPS");
    expect((await checkUnifiedManifest(otherDomain.raw, otherDomain.folder)).join("\n")).toContain("is not on a valid domain");
    expect(await checkUnifiedManifest(noIcon.raw, noIcon.folder)).toContain("color icon missing.png is not a PNG beside the manifest");
    expect(await checkUnifiedManifest(smallIcon.raw, smallIcon.folder)).toContain("color icon is 32x32, not 192x192");
  });

  it("fails when the manifest version has no schema or another schema is named", async () => {
    const unknown = brokenCopy((m) => (m.manifestVersion = "0.9"));
    const mismatch = brokenCopy((m) => (m.$schema = "https://developer.microsoft.com/json-schemas/teams/v1.17/MicrosoftTeams.schema.json"));

    expect(await checkUnifiedManifest(unknown.raw, unknown.folder)).toEqual(["no schema for manifestVersion 0.9"]);
    expect((await checkUnifiedManifest(mismatch.raw, mismatch.folder)).join("\n")).toContain("is not the v1.30 schema");
  });

  it("names only icons the app serves", () => {
    const urls = [...unifiedRaw.matchAll(/https:\/\/[^"]+\/pane\/(icon-\d+\.png)/g), ...xmlRaw.matchAll(/https:\/\/[^"]+\/pane\/(icon-\d+\.png)/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((name) => !existsSync(join(paneFolder, "public", name)))).toEqual([]);
  });
});

describe("manifest.xml (add-in only)", () => {
  it("keeps the rules this add-in relies on", () => {
    expect(checkXmlManifest(xmlRaw).errors).toEqual([]);
  });

  it("fails when broken", () => {
    expect(checkXmlManifest(xmlRaw.replace("</Hosts>", "")).errors[0]).toMatch(/^not well-formed/);
    expect(checkXmlManifest(xmlRaw.replace('resid="ButtonTooltip"', 'resid="Nowhere"')).errors).toContain('resid "Nowhere" is not defined in its Resources');
    expect(checkXmlManifest(xmlRaw.replace("<Version>1.0.0.0</Version>", "<Version>1.0</Version>")).errors).toContain('Version "1.0" is not four numbers');
    expect(checkXmlManifest(xmlRaw.replace("https://graphcallback.azurewebsites.net/pane/icon-64.png", "http://graphcallback.azurewebsites.net/pane/icon-64.png")).errors).toContain("http://graphcallback.azurewebsites.net/pane/icon-64.png is not HTTPS");
    const moved = xmlRaw.replace("<ProviderName>GraphCallback</ProviderName>\n  <DefaultLocale>en-US</DefaultLocale>", "<DefaultLocale>en-US</DefaultLocale>\n  <ProviderName>GraphCallback</ProviderName>");
    expect(moved).not.toBe(xmlRaw);
    expect(checkXmlManifest(moved).errors.join("\n")).toContain("out of the XSD's order");
  });
});

describe("the two manifests", () => {
  it("describe the same add-in", () => {
    const { facts } = checkXmlManifest(xmlRaw);
    expect(compareManifests(JSON.parse(unifiedRaw) as UnifiedManifest, facts!)).toEqual([]);
  });

  it("disagree visibly when one changes alone", () => {
    const { facts } = checkXmlManifest(xmlRaw.replace(/\/pane\/\?host=outlook/g, "/pane/?host=other"));
    expect(compareManifests(JSON.parse(unifiedRaw) as UnifiedManifest, facts!)).toEqual([
      "task pane page differs: manifest.json has https://graphcallback.azurewebsites.net/pane/?host=outlook, manifest.xml has https://graphcallback.azurewebsites.net/pane/?host=other",
    ]);
  });
});
