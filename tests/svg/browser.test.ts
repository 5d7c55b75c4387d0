/**
 * The pictures and the browser example in a real browser (Debian's Chromium driven by
 * playwright-core): labels' rendered boxes never overlap, every shape lies inside the
 * viewBox, and the example page runs the library's standalone bundle with no Node built-ins.
 *
 * Skipped, with a message, only when /usr/bin/chromium does not exist (CI installs it).
 */
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { formulate, problemAreaLabel } from "ipt-formulation";
import { renderFocusChart, renderInterpersonalCircle, renderTimeline } from "ipt-formulation/svg";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { crowdCase, decodeOrThrow, hostileCase, SAMPLES } from "./fixtures.js";

const CHROMIUM = "/usr/bin/chromium";
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BUNDLE = join(ROOT, "dist", "ipt-formulation.browser.js");
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

if (!HAVE_CHROMIUM)
  console.warn(
    `tests/svg/browser.test.ts skipped: ${CHROMIUM} does not exist (install Debian's chromium: apt-get install -y chromium)`,
  );

// The project type-checks without the DOM library (the core must not use it): the few browser
// APIs the page functions below use are declared here, for this module only.
interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}
interface PageElement {
  readonly textContent: string | null;
  readonly tagName: string;
  readonly content: PageElement;
  readonly viewBox: { readonly baseVal: Rect };
  getAttribute(name: string): string | null;
  getBBox(): Rect;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
}
declare const document: { getElementById(id: string): PageElement | null } & Pick<
  PageElement,
  "querySelector"
>;
declare const DOMParser: new () => { parseFromString(text: string, type: string): PageElement };

/** What the page reports about one picture. */
interface Report {
  readonly parseError: string | null;
  readonly texts: number;
  readonly overlaps: readonly string[];
  readonly outside: readonly string[];
}

/** In the page: parse the SVG with DOMParser, then measure the inlined copy's real boxes. */
const inspect = (page: Page): Promise<Report> =>
  page.evaluate(() => {
    const src = (document.getElementById("src") as PageElement).content.textContent ?? "";
    const parsed = new DOMParser().parseFromString(src, "image/svg+xml");
    const err = parsed.querySelector("parsererror");
    const svg = document.querySelector("svg") as PageElement;
    const vb = svg.viewBox.baseVal;
    const texts = [...svg.querySelectorAll("text")];
    const boxes = texts.map((t) => ({ text: t.textContent ?? "", b: t.getBBox() }));
    const overlaps: string[] = [];
    const tol = 0.5;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i] as { text: string; b: Rect };
        const c = boxes[j] as { text: string; b: Rect };
        if (
          a.b.x < c.b.x + c.b.width - tol &&
          c.b.x < a.b.x + a.b.width - tol &&
          a.b.y < c.b.y + c.b.height - tol &&
          c.b.y < a.b.y + a.b.height - tol
        )
          overlaps.push(`${a.text} / ${c.text}`);
      }
    const outside: string[] = [];
    for (const el of svg.querySelectorAll("rect, circle, line, path, polyline, text")) {
      const b = el.getBBox();
      const sw = Number(el.getAttribute("stroke-width") ?? 0) / 2 + 0.5;
      if (
        b.x < vb.x - sw ||
        b.y < vb.y - sw ||
        b.x + b.width > vb.x + vb.width + sw ||
        b.y + b.height > vb.y + vb.height + sw
      )
        outside.push(`${el.tagName} ${el.textContent ?? ""} ${b.x},${b.y},${b.width},${b.height}`);
    }
    return {
      parseError: err === null ? null : (err.textContent ?? "parsererror"),
      texts: texts.length,
      overlaps,
      outside,
    };
  });

describe.skipIf(!HAVE_CHROMIUM)("pictures in Chromium", () => {
  let browser: Browser;
  let page: Page;
  let shots: string;

  beforeAll(async () => {
    shots = mkdtempSync(join(tmpdir(), "ipt-svg-shots-"));
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
    page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (shots !== undefined) rmSync(shots, { recursive: true, force: true });
  });

  const crowd = decodeOrThrow(crowdCase(40));
  const hostile = hostileCase();
  const crowdInner = decodeOrThrow(crowdCase(40, () => "inner"));
  const cases: [string, string][] = [
    ...SAMPLES.flatMap((s): [string, string][] => [
      [`${s.file} circle`, renderInterpersonalCircle(s.case, { formulation: s.formulation })],
      [`${s.file} timeline`, renderTimeline(s.case, s.formulation)],
      [`${s.file} focus`, renderFocusChart(s.formulation)],
    ]),
    ["40 people circle", renderInterpersonalCircle(crowd, { formulation: formulate(crowd) })],
    ["40 people, all inner, circle", renderInterpersonalCircle(crowdInner)],
    ["40 people timeline", renderTimeline(crowd, formulate(crowd))],
    [
      "12 people circle (labels by their nodes)",
      renderInterpersonalCircle(decodeOrThrow(crowdCase(12)), { highlight: "none" }),
    ],
    [
      "hostile labels circle",
      renderInterpersonalCircle(hostile, { formulation: formulate(hostile) }),
    ],
    ["hostile labels timeline", renderTimeline(hostile, formulate(hostile))],
  ];

  it.each(cases)(
    "%s: parses, no two labels overlap, every shape inside the viewBox",
    async (name, svg) => {
      const escaped = svg.replace(/&/g, "&amp;").replace(/</g, "&lt;");
      await page.setContent(
        `<!doctype html><html><body style="margin:0"><template id="src">${escaped}</template><div style="width:900px">${svg}</div></body></html>`,
      );
      const r = await inspect(page);
      expect(r.parseError).toBeNull();
      expect(r.texts).toBeGreaterThan(3);
      expect(r.overlaps).toEqual([]);
      expect(r.outside).toEqual([]);
      await page
        .locator("svg")
        .first()
        .screenshot({ path: join(shots, `${name.replace(/[^a-z0-9]+/gi, "-")}.png`) });
      expect(
        statSync(join(shots, `${name.replace(/[^a-z0-9]+/gi, "-")}.png`)).size,
      ).toBeGreaterThan(1000);
    },
    30_000,
  );
});

/** The newest modification time of the library's sources. */
const newestSource = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((m, d) => {
    const p = join(dir, d.name);
    return Math.max(m, d.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }, 0);

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
  ".json": "application/json",
  ".svg": "image/svg+xml",
};

describe.skipIf(!HAVE_CHROMIUM)("the browser example (examples/browser)", () => {
  let browser: Browser;
  let server: Server;
  let base: string;
  let bundle = BUNDLE;
  let temp: string | undefined;

  beforeAll(async () => {
    // The page imports ../../dist/ipt-formulation.browser.js: build it when missing or older than src/.
    if (!existsSync(BUNDLE) || statSync(BUNDLE).mtimeMs < newestSource(join(ROOT, "src"))) {
      const r = spawnSync("npm", ["run", "build"], {
        cwd: ROOT,
        encoding: "utf8",
        timeout: 240_000,
      });
      if (!existsSync(BUNDLE))
        throw new Error(`npm run build did not build the bundle:\n${r.stdout}\n${r.stderr}`);
    }
    if (!readFileSync(BUNDLE, "utf8").includes("renderInterpersonalCircle")) {
      // Until src/index.ts re-exports src/svg, the built bundle lacks the pictures: serve the same
      // standalone bundle (browser platform, zod and fp-ts inside) built from both entries instead.
      console.warn(
        "dist/ipt-formulation.browser.js does not export the pictures yet (src/index.ts does not re-export src/svg): serving a bundle of src/index.ts + src/svg/index.ts built for this test",
      );
      temp = mkdtempSync(join(tmpdir(), "ipt-bundle-"));
      const esbuild = await import("esbuild");
      const entry = join(temp, "entry.ts");
      writeFileSync(
        entry,
        `export * from ${JSON.stringify(join(ROOT, "src/index.ts"))};\nexport * from ${JSON.stringify(join(ROOT, "src/svg/index.ts"))};\n`,
      );
      bundle = join(temp, "ipt-formulation.browser.js");
      await esbuild.build({
        entryPoints: [entry],
        bundle: true,
        format: "esm",
        platform: "browser",
        target: "es2022",
        minify: true,
        outfile: bundle,
        logLevel: "silent",
      });
    }
    server = createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
      const rel = normalize(path).replace(/^[/\\]+/, "");
      const allowed = rel.startsWith(`examples${sep}browser${sep}`) || rel.startsWith(`dist${sep}`);
      const file =
        rel === join("dist", "ipt-formulation.browser.js")
          ? bundle
          : join(
              ROOT,
              rel.endsWith(sep) || rel === join("examples", "browser")
                ? join(rel, "index.html")
                : rel,
            );
      if (!allowed || rel.includes("..") || !existsSync(file) || statSync(file).isDirectory()) {
        res.writeHead(404).end("not found");
        return;
      }
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) =>
      server === undefined ? resolve() : server.close(() => resolve()),
    );
    if (temp !== undefined) rmSync(temp, { recursive: true, force: true });
  });

  it("loads the bundle, picks each sample case and shows its primary area and pictures", async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });
    page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
    await page.goto(`${base}/examples/browser/index.html`);
    await page.waitForSelector("html[data-ready='true']", { timeout: 20_000 });
    const options = await page.$$eval("#sample option", (os) =>
      os.map((o) => (o as unknown as { value: string }).value),
    );
    expect(options).toEqual(SAMPLES.map((s) => s.file.replace(/\.json$/, "")));
    for (const s of SAMPLES) {
      // The page's change handler is synchronous: once selectOption has dispatched the
      // change event, the page shows the new case (no waiting, whatever the machine's speed).
      await page.selectOption("#sample", s.file.replace(/\.json$/, ""));
      const focus = page.locator("#focus");
      expect(await focus.getAttribute("data-primary")).toBe(s.formulation.focus.primary);
      expect(await focus.textContent()).toContain(problemAreaLabel(s.formulation.focus.primary));
      for (const id of ["circle", "chart", "timeline"])
        expect(await page.locator(`#${id} svg[role='img']`).count()).toBe(1);
      expect(await page.locator("#areas tr").count()).toBe(4);
      expect(await page.locator("#errors").textContent()).toBe("");
    }
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it("shows decode errors by path and code", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/examples/browser/`);
    await page.waitForSelector("html[data-ready='true']", { timeout: 20_000 });
    const bad = { ...SAMPLES[0]?.input, assessedOn: "2026-13-01", relationships: [{ id: "x" }] };
    await page.fill("#case-json", JSON.stringify(bad));
    await page.click("#formulate");
    const errors = await page.locator("#errors li").allTextContents();
    expect(errors).toContain("assessedOn: invalid-format");
    expect(errors.some((e) => e.startsWith("relationships[0].label: "))).toBe(true);
    expect(await page.locator("#result").isHidden()).toBe(true);
    await page.fill("#case-json", "{ not json");
    await page.click("#formulate");
    expect(await page.locator("#errors").textContent()).toContain("not valid JSON");
    await page.close();
  }, 60_000);
});
