/**
 * `ipt-formulation render circle|timeline|chart <file|->`: a case's pictures as SVG.
 *
 * @module
 */
import { formulate } from "ipt-formulation";
import { renderFocusChart, renderInterpersonalCircle, renderTimeline } from "ipt-formulation/svg";
import { type Command, choice, usageError } from "../command.js";
import { describeFsError, EXIT, finish, inputName, openOutput, write } from "../io.js";
import { issueLines, loadModel, MODEL_OPTION, readCase } from "../shared.js";

const PICTURES = ["circle", "timeline", "chart"] as const;
const HIGHLIGHTS = ["primary", "focus", "none"] as const;

export const renderCommand: Command = {
  name: "render",
  summary:
    "Draw a case as SVG: the interpersonal circle, the life-event timeline or the focus chart.",
  arguments: "circle|timeline|chart <file|->",
  positionals: { min: 2, max: 2 },
  description: [
    "Reads one case (a JSON file, or stdin for -), formulates it and writes one picture as an",
    "SVG document (accessible: role=img, title and description; sized by its viewBox; every",
    "label escaped). circle: the people on three rings, status, support and conflict, the",
    "people tied to the primary or the secondary focus highlighted (--highlight primary: the",
    "primary only; none: nobody). timeline: the life events around the onset, the",
    "scoring model's onset window shaded. chart: the four areas' scores, ranked.",
    "An invalid case is reported on stderr by path and code and exits 1.",
  ].join("\n"),
  options: {
    out: { type: "string", short: "o", value: "FILE", help: "write to FILE instead of stdout" },
    highlight: {
      type: "string",
      value: "primary|focus|none",
      help: "circle: whom to highlight (default focus: both focus areas, as the library does)",
    },
    model: MODEL_OPTION,
  },
  examples: [
    "ipt-formulation render circle case.json --out circle.svg",
    "ipt-formulation render timeline case.json > timeline.svg",
    "cat case.json | ipt-formulation render chart -",
  ],
  run: async (args, io) => {
    const picture = args.positionals[0] as string;
    if (!(PICTURES as readonly string[]).includes(picture))
      return usageError(io, "render", `the picture must be one of: ${PICTURES.join(", ")}`);
    const highlight = choice(args, "highlight", HIGHLIGHTS, "focus");
    if (!highlight.ok) return usageError(io, "render", highlight.message);
    const model = await loadModel(args, io, "render");
    if (!model.ok) return model.code;
    const path = args.positionals[1] as string;
    const c = await readCase(path, io, "render");
    if (!c.ok) {
      if (c.issues !== undefined)
        io.stderr.write(
          `ipt-formulation render: ${inputName(path)} is not a valid ipt-case/1 case:\n${issueLines(c.issues)}`,
        );
      return c.code;
    }
    const m = model.value.model;
    const f = formulate(c.value, m);
    const svg =
      picture === "circle"
        ? renderInterpersonalCircle(c.value, {
            formulation: f,
            highlight: highlight.value,
            model: m,
          })
        : picture === "timeline"
          ? renderTimeline(c.value, f, { model: m })
          : renderFocusChart(f, { model: m });
    const target = args.values.out;
    const out = await openOutput(typeof target === "string" ? target : undefined, io);
    if (!out.ok) {
      io.stderr.write(`ipt-formulation render: ${out.message}\n`);
      return EXIT.io;
    }
    try {
      await write(out.value, `${svg}\n`);
      await finish(out.value, io);
    } catch (e) {
      io.stderr.write(
        `ipt-formulation render: cannot write ${typeof target === "string" ? target : "stdout"}: ${describeFsError(e)}\n`,
      );
      return EXIT.io;
    }
    return EXIT.ok;
  },
};
