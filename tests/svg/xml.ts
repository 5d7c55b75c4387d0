/**
 * A small strict XML 1.0 well-formedness checker for the tests (the project has no XML parser
 * dependency): it checks every character is an XML `Char`, names, quoted attributes without
 * duplicates, references (`&lt;` … `&#x…;`, each naming an allowed character), no `]]>` in
 * text, properly nested tags and exactly one root element. It returns a tiny tree so tests can
 * query elements and their decoded text.
 */

/** An element of the tree. */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}
/** A node: an element or decoded character data. */
export type XmlNode = XmlElement | string;

const isXmlChar = (cp: number): boolean =>
  cp === 0x9 ||
  cp === 0xa ||
  cp === 0xd ||
  (cp >= 0x20 && cp <= 0xd7ff) ||
  (cp >= 0xe000 && cp <= 0xfffd) ||
  (cp >= 0x10000 && cp <= 0x10ffff);

const NAME = /^[A-Za-z_:][A-Za-z0-9._:-]*/;
const PREDEFINED: Readonly<Record<string, string>> = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
};

/** Decode the references of text or an attribute value; throws on a malformed or unknown one. */
const decode = (s: string, where: string): string =>
  s.replace(/&([^;]*);?/g, (all, body: string) => {
    if (!all.endsWith(";")) throw new Error(`unterminated reference in ${where}`);
    const named = PREDEFINED[body];
    if (named !== undefined) return named;
    const m = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(body);
    if (m === null) throw new Error(`unknown reference &${body}; in ${where}`);
    const cp = m[1] !== undefined ? Number.parseInt(m[1], 16) : Number(m[2]);
    if (!isXmlChar(cp)) throw new Error(`reference to a forbidden character in ${where}`);
    return String.fromCodePoint(cp);
  });

/**
 * Parse a document strictly; throws an `Error` saying what is wrong and where.
 *
 * @param xml - the document text
 * @returns the root element
 */
export function parseXml(xml: string): XmlElement {
  for (let i = 0; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = xml.charCodeAt(i + 1);
      if (!(d >= 0xdc00 && d <= 0xdfff)) throw new Error(`lone high surrogate at ${i}`);
      i++;
      continue;
    }
    if (!isXmlChar(c)) throw new Error(`forbidden character U+${c.toString(16)} at ${i}`);
  }
  let pos = 0;
  const stack: { name: string; attrs: Record<string, string>; children: XmlNode[] }[] = [];
  let root: XmlElement | undefined;
  const fail = (msg: string): never => {
    throw new Error(`${msg} at ${pos}: ${JSON.stringify(xml.slice(pos, pos + 40))}`);
  };
  while (pos < xml.length) {
    if (xml.startsWith("<!--", pos)) {
      const end = xml.indexOf("-->", pos + 4);
      if (end < 0) fail("unterminated comment");
      if (xml.slice(pos + 4, end).includes("--")) fail("-- inside a comment");
      pos = end + 3;
      continue;
    }
    if (xml.startsWith("<![CDATA[", pos)) {
      if (stack.length === 0) fail("CDATA outside the root");
      const end = xml.indexOf("]]>", pos);
      if (end < 0) fail("unterminated CDATA");
      stack.at(-1)?.children.push(xml.slice(pos + 9, end));
      pos = end + 3;
      continue;
    }
    if (xml.startsWith("<?", pos)) {
      const end = xml.indexOf("?>", pos);
      if (end < 0) fail("unterminated processing instruction");
      pos = end + 2;
      continue;
    }
    if (xml.startsWith("<!", pos)) fail("declarations are not expected");
    if (xml.startsWith("</", pos)) {
      const m = /^<\/([A-Za-z_:][A-Za-z0-9._:-]*)\s*>/.exec(xml.slice(pos));
      if (m === null) fail("malformed end tag");
      const top = stack.pop();
      if (top === undefined || top.name !== m?.[1]) fail(`end tag </${m?.[1]}> does not match`);
      const done: XmlElement = top as XmlElement;
      if (stack.length === 0) {
        if (root !== undefined) fail("a second root element");
        root = done;
      } else stack.at(-1)?.children.push(done);
      pos += (m as RegExpExecArray)[0].length;
      continue;
    }
    if (xml[pos] === "<") {
      pos++;
      const nm = NAME.exec(xml.slice(pos));
      if (nm === null) fail("malformed start tag");
      const name = (nm as RegExpExecArray)[0];
      pos += name.length;
      const attrs: Record<string, string> = {};
      for (;;) {
        const ws = /^\s*/.exec(xml.slice(pos))?.[0] ?? "";
        pos += ws.length;
        if (xml.startsWith("/>", pos) || xml[pos] === ">") break;
        if (ws.length === 0) fail("attributes must be separated by white space");
        const an = NAME.exec(xml.slice(pos));
        if (an === null) fail("malformed attribute name");
        const aname = (an as RegExpExecArray)[0];
        pos += aname.length;
        const eq = /^\s*=\s*/.exec(xml.slice(pos));
        if (eq === null) fail("attribute without =");
        pos += (eq as RegExpExecArray)[0].length;
        const q = xml[pos];
        if (q !== '"' && q !== "'") fail("unquoted attribute value");
        const end = xml.indexOf(q as string, pos + 1);
        if (end < 0) fail("unterminated attribute value");
        const raw = xml.slice(pos + 1, end);
        if (raw.includes("<")) fail("< in an attribute value");
        if (Object.hasOwn(attrs, aname)) fail(`duplicate attribute ${aname}`);
        attrs[aname] = decode(raw, `attribute ${aname}`);
        pos = end + 1;
      }
      const selfClosing = xml.startsWith("/>", pos);
      pos += selfClosing ? 2 : 1;
      if (stack.length === 0 && root !== undefined) fail("a second root element");
      const node = { name, attrs, children: [] as XmlNode[] };
      if (selfClosing) {
        if (stack.length === 0) root = node;
        else stack.at(-1)?.children.push(node);
      } else stack.push(node);
      continue;
    }
    const next = xml.indexOf("<", pos);
    const end = next < 0 ? xml.length : next;
    const raw = xml.slice(pos, end);
    if (raw.includes("]]>")) fail("]]> in text");
    if (stack.length === 0) {
      if (raw.trim() !== "") fail("text outside the root element");
    } else stack.at(-1)?.children.push(decode(raw, "text"));
    pos = end;
  }
  if (stack.length > 0) throw new Error(`unclosed element <${stack.at(-1)?.name}>`);
  if (root === undefined) throw new Error("no root element");
  return root;
}

/** Every element of a tree, depth first, the root included. */
export function elements(e: XmlElement): XmlElement[] {
  return [e, ...e.children.flatMap((c) => (typeof c === "string" ? [] : elements(c)))];
}

/** The decoded text content of an element. */
export function textContent(e: XmlElement): string {
  return e.children.map((c) => (typeof c === "string" ? c : textContent(c))).join("");
}
