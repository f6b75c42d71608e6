import { XMLParser } from "fast-xml-parser";
import {
  collect,
  type DateOf,
  type FileReading,
  type RawActivity,
  skipFile,
  toActivity,
} from "./imported-activity.ts";

/** An element of a parsed XML document: child elements by name, attributes as "@name". */
export type XmlElement = { [name: string]: unknown };

/** Elements that may repeat in GPX and TCX files: always read as arrays, even when single. */
const repeated = new Set(["trk", "trkseg", "trkpt", "Activity", "Lap", "Track", "Trackpoint"]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  // Files from some apps prefix every element ("gpx:trkpt"); the names are what matter.
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => repeated.has(name),
});

/** The document's elements, or why it is not well-formed XML. */
function parseXml(text: string): XmlElement | string {
  try {
    // `true` validates first: a truncated file is refused instead of half read.
    return parser.parse(text, true) as XmlElement;
  } catch (error) {
    return `not well-formed XML (${error instanceof Error ? error.message : String(error)})`;
  }
}

/** The child elements of that name (none when absent). */
export function children(element: XmlElement | undefined, name: string): XmlElement[] {
  const value = element?.[name];
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.filter((item): item is XmlElement => typeof item === "object" && item !== null);
}

/** The first child element of that name. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return children(element, name)[0];
}

/** The text of a child element or an attribute ("@Sport"); undefined when absent or empty. */
export function textOf(element: XmlElement | undefined, name: string): string | undefined {
  const value = element?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  // An element with attributes keeps its text under "#text".
  const text = typeof first === "object" && first !== null ? (first as XmlElement)["#text"] : first;
  return typeof text === "string" && text.trim() !== "" ? text.trim() : undefined;
}

/** A number from a child element or attribute; undefined when absent or not a number. */
export function numberOf(element: XmlElement | undefined, name: string): number | undefined {
  const text = textOf(element, name);
  const value = text === undefined ? Number.NaN : Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** Epoch milliseconds of a child element's ISO time; NaN when absent or unreadable. */
export function timeOf(element: XmlElement | undefined, name: string): number {
  const text = textOf(element, name);
  return text === undefined ? Number.NaN : Date.parse(text);
}

/** An XML training format: its root element and how an activity is found and read. */
export interface XmlFormat {
  name: string;
  root: string;
  activities(root: XmlElement): XmlElement[];
  /** Why a file of this format holds nothing to read. */
  noActivity: string;
  read(activity: XmlElement): RawActivity;
}

/** Read an XML training file; a file that is not of the format is skipped with the reason. */
export function readXmlActivities(
  format: XmlFormat,
  file: string,
  text: string,
  dateOf: DateOf,
): FileReading {
  const document = parseXml(text);
  if (typeof document === "string") return skipFile(file, document);
  const root = child(document, format.root);
  if (root === undefined)
    return skipFile(file, `not a ${format.name} file: no <${format.root}> element`);
  const activities = format.activities(root);
  if (activities.length === 0) return skipFile(file, format.noActivity);
  return collect(activities.map((activity) => toActivity(format.read(activity), { file }, dateOf)));
}
