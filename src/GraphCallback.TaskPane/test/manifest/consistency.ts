import type { UnifiedManifest } from "./unifiedManifest";
import type { XmlFacts } from "./xmlManifest";

/** The unified and the add-in only manifest describe one add-in: ids, page, button, requirements, sign-in. */
export function compareManifests(unified: UnifiedManifest, xml: XmlFacts): string[] {
  const extension = unified.extensions?.[0];
  const group = extension?.ribbons?.[0]?.tabs[0]?.groups?.[0];
  const button = group?.controls?.[0];
  const hidden = extension?.alternates?.flatMap((a) => [a.hide?.customOfficeAddin?.officeAddinId, a.hide?.storeOfficeAddin?.officeAddinId]) ?? [];
  const pairs: [string, unknown, unknown][] = [
    ["id", unified.id, xml.id],
    ["the add-in the unified manifest hides", hidden.find(Boolean), xml.id],
    ["version", `${unified.version}.0`, xml.version],
    ["name", unified.name.short, xml.displayName],
    ["Mailbox requirement", extension?.requirements?.capabilities?.find((c) => c.name === "Mailbox")?.minVersion, xml.mailboxMinVersion],
    ["task pane page", extension?.runtimes?.[0]?.code.page, xml.paneUrl],
    ["group id", group?.id, xml.groupId],
    ["button id", button?.id, xml.buttonId],
    ["button label", button?.label, xml.buttonLabel],
    ["button icons", button?.icons?.map((i) => i.url).join(" "), xml.iconUrls.join(" ")],
    ["sign-in app", unified.webApplicationInfo?.id, xml.webApplicationId],
    ["sign-in resource", unified.webApplicationInfo?.resource, xml.webApplicationResource],
  ];
  return pairs.filter(([, a, b]) => a !== b).map(([what, a, b]) => `${what} differs: manifest.json has ${String(a)}, manifest.xml has ${String(b)}`);
}
