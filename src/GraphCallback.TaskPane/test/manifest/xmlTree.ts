import { XMLParser, XMLValidator } from "fast-xml-parser";

/** An XML element as fast-xml-parser's ordered mode gives it: name, attributes, children in order. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

type Ordered = Record<string, unknown> & { ":@"?: Record<string, string> };

/** Parses a document, throwing on mal-formed XML (unclosed tags, bad nesting) with its line. */
export function parseXml(xml: string): XmlElement {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`${valid.err.msg} (line ${valid.err.line})`);
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: "", parseAttributeValue: false, parseTagValue: false });
  const root = (parser.parse(xml) as Ordered[]).map(toElement).find((e): e is XmlElement => e !== null && !e.name.startsWith("?"));
  if (!root) throw new Error("no root element");
  return root;
}

function toElement(node: Ordered): XmlElement | null {
  const name = Object.keys(node).find((k) => k !== ":@");
  if (!name || name === "#text") return null;
  const content = node[name] as Ordered[];
  return {
    name,
    attributes: node[":@"] ?? {},
    children: content.map(toElement).filter((e): e is XmlElement => e !== null),
    text: content.filter((c) => "#text" in c).map((c) => String(c["#text"])).join("").trim(),
  };
}

/** The local name: "bt:Image" is "Image". */
export function local(name: string): string {
  return name.slice(name.indexOf(":") + 1);
}

/** Elements below this one, depth first, by local name. */
export function descendants(element: XmlElement, localName: string): XmlElement[] {
  return element.children.flatMap((c) => [...(local(c.name) === localName ? [c] : []), ...descendants(c, localName)]);
}

export function child(element: XmlElement, localName: string): XmlElement | undefined {
  return element.children.find((c) => local(c.name) === localName);
}
