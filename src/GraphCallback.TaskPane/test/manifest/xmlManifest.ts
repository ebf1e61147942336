import { child, descendants, local, parseXml, type XmlElement } from "./xmlTree";

// The add-in only manifest's root sequence (OfficeApp, MailApp), as its XSD orders it.
const rootOrder = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "FormSettings", "Permissions", "Rule", "DisableEntityHighlighting", "VersionOverrides"];
const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What the other manifest and the icon check need from the XML one. */
export interface XmlFacts {
  id: string;
  version: string;
  displayName: string;
  mailboxMinVersion: string;
  paneUrl: string;
  groupId: string;
  buttonId: string;
  buttonLabel: string;
  iconUrls: string[];
  webApplicationId: string;
  webApplicationResource: string;
}

/**
 * The rules of the add-in only manifest this project relies on (no XSD ships on npm): a MailApp
 * with the XSD's root order, ids and versions in their formats, HTTPS everywhere within AppDomains,
 * every resid defined in its VersionOverrides, string lengths, unique control ids.
 */
export function checkXmlManifest(xml: string): { errors: string[]; facts: XmlFacts | null } {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (error) {
    return { errors: [`not well-formed: ${(error as Error).message}`], facts: null };
  }
  const errors: string[] = [];
  const text = (name: string) => child(root, name)?.text ?? "";
  const value = (name: string) => child(root, name)?.attributes.DefaultValue ?? "";

  if (root.name !== "OfficeApp" || root.attributes["xsi:type"] !== "MailApp") errors.push("the root must be OfficeApp of xsi:type MailApp");
  const order = root.children.map((c) => local(c.name)).filter((n) => rootOrder.includes(n));
  const expected = rootOrder.filter((n) => order.includes(n));
  if (order.join() !== expected.join()) errors.push(`root elements out of the XSD's order: ${order.join(", ")}`);
  for (const required of ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "IconUrl", "Hosts", "Requirements", "FormSettings", "Permissions", "Rule"]) {
    if (!child(root, required)) errors.push(`${required} is missing`);
  }
  if (!guid.test(text("Id"))) errors.push(`Id "${text("Id")}" is not a GUID`);
  if (!/^\d+(\.\d+){3}$/.test(text("Version"))) errors.push(`Version "${text("Version")}" is not four numbers`);
  if (value("DisplayName").length > 125) errors.push("DisplayName is longer than 125 characters");

  const domains = descendants(root, "AppDomain").map((d) => d.text);
  const urls = [value("IconUrl"), value("HighResolutionIconUrl"), value("SupportUrl"), ...descendants(root, "SourceLocation").map((s) => s.attributes.DefaultValue ?? ""), ...descendants(root, "Image").concat(descendants(root, "Url")).map((u) => u.attributes.DefaultValue ?? "")].filter(Boolean);
  for (const url of urls) {
    if (!url.startsWith("https://")) errors.push(`${url} is not HTTPS`);
    else if (!domains.some((d) => new URL(url).origin === new URL(d).origin)) errors.push(`${url} is outside AppDomains`);
  }

  const mailbox = descendants(child(root, "Requirements") ?? root, "Set").find((s) => s.attributes.Name === "Mailbox");
  if (!mailbox?.attributes.MinVersion) errors.push("Requirements must name the Mailbox set with a MinVersion");

  const overrides = descendants(root, "VersionOverrides");
  if (overrides.length === 0) errors.push("no VersionOverrides: no ribbon button");
  for (const o of overrides) errors.push(...checkOverrides(o));

  const innermost = overrides.at(-1);
  const button = innermost ? descendants(innermost, "Control")[0] : undefined;
  const resource = (kind: string, id: string | undefined) => (innermost ? descendants(innermost, kind).find((r) => r.attributes.id === id)?.attributes.DefaultValue : undefined) ?? "";
  const webApp = innermost ? child(innermost, "WebApplicationInfo") : undefined;
  if (errors.length > 0 || !innermost || !button || !webApp) return { errors: errors.length ? errors : ["the innermost VersionOverrides needs a button and WebApplicationInfo"], facts: null };
  return {
    errors,
    facts: {
      id: text("Id"),
      version: text("Version"),
      displayName: value("DisplayName"),
      mailboxMinVersion: mailbox?.attributes.MinVersion ?? "",
      paneUrl: resource("Url", descendants(button, "SourceLocation")[0]?.attributes.resid),
      groupId: descendants(innermost, "Group")[0]?.attributes.id ?? "",
      buttonId: button.attributes.id ?? "",
      buttonLabel: resource("String", child(button, "Label")?.attributes.resid),
      iconUrls: descendants(button, "Image").map((i) => resource("Image", i.attributes.resid)),
      webApplicationId: child(webApp, "Id")?.text ?? "",
      webApplicationResource: child(webApp, "Resource")?.text ?? "",
    },
  };
}

/** Every resid used in one VersionOverrides is defined in its own Resources; ids are unique; strings fit. */
function checkOverrides(overrides: XmlElement): string[] {
  const errors: string[] = [];
  const own = overrides.children.filter((c) => local(c.name) !== "VersionOverrides");
  const resources = own.find((c) => local(c.name) === "Resources");
  if (!resources) return ["a VersionOverrides has no Resources"];
  const defined = new Map(descendants(resources, "Image").concat(descendants(resources, "Url"), descendants(resources, "String")).map((r) => [r.attributes.id ?? "", r]));
  const used = own.flatMap((c) => [c, ...allBelow(c)]).filter((e) => e.attributes.resid).map((e) => e.attributes.resid ?? "");
  for (const resid of used) if (!defined.has(resid)) errors.push(`resid "${resid}" is not defined in its Resources`);
  for (const s of descendants(child(resources, "ShortStrings") ?? resources, "String")) if ((s.attributes.DefaultValue ?? "").length > 125) errors.push(`short string ${s.attributes.id} is longer than 125`);
  for (const s of descendants(child(resources, "LongStrings") ?? resources, "String")) if ((s.attributes.DefaultValue ?? "").length > 250) errors.push(`long string ${s.attributes.id} is longer than 250`);
  const ids = own.flatMap((c) => [c, ...allBelow(c)]).filter((e) => ["Group", "Control"].includes(local(e.name))).map((e) => e.attributes.id);
  if (new Set(ids).size !== ids.length) errors.push("group and control ids repeat");
  return errors;
}

function allBelow(element: XmlElement): XmlElement[] {
  return element.children.filter((c) => local(c.name) !== "VersionOverrides").flatMap((c) => [c, ...allBelow(c)]);
}
