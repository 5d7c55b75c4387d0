/**
 * The API reference shows the model's names: no public function's parameter or return type
 * is rendered by typedoc as an expanded object literal, where a link to a named type
 * (`Case`, `Relationship`, …) belongs. The project is converted in memory with the
 * repository's `typedoc.json` (every entry point) and read as typedoc's JSON model; nothing
 * is written.
 */
import { fileURLToPath } from "node:url";
import {
  Application,
  type JSONOutput,
  ReflectionKind,
  TSConfigReader,
  TypeDocReader,
} from "typedoc";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CONFIG = fileURLToPath(new URL("../../typedoc.json", import.meta.url));

/** An inline object type with more members than this is expanded: it should have a name. */
const MAX_INLINE_MEMBERS = 4;

type SomeType = JSONOutput.SomeType;
type Signature = JSONOutput.SignatureReflection;

/**
 * Every object literal with more than {@link MAX_INLINE_MEMBERS} members inside a type, each
 * as the way to it (`["in Either's type argument 2"]`) and its member count. It looks inside
 * type arguments, arrays, unions, intersections, tuples, type operators (`readonly T[]`),
 * conditional and indexed types, and the members and signatures of smaller object literals.
 */
const expanded = (
  t: SomeType | undefined,
  at: readonly string[],
): { readonly at: readonly string[]; readonly members: number }[] => {
  if (t === undefined) return [];
  switch (t.type) {
    case "reflection": {
      const d = t.declaration;
      const members = d.children ?? [];
      if (members.length > MAX_INLINE_MEMBERS) return [{ at, members: members.length }];
      return [
        ...members.flatMap((m) => expanded(m.type, [...at, `in member ${m.name}`])),
        ...(d.signatures ?? []).flatMap((s) => signatureSites(s, at)),
        ...(d.indexSignatures ?? []).flatMap((s) => expanded(s.type, [...at, "in index"])),
      ];
    }
    case "reference":
      return (t.typeArguments ?? []).flatMap((a, i) =>
        expanded(a, [...at, `in ${t.name}'s type argument ${i + 1}`]),
      );
    case "array":
      return expanded(t.elementType, [...at, "in element type"]);
    case "optional":
    case "rest":
      return expanded(t.elementType, at);
    case "union":
    case "intersection":
      return t.types.flatMap((u) => expanded(u, at));
    case "tuple":
      return (t.elements ?? []).flatMap((e, i) => expanded(e, [...at, `in element ${i + 1}`]));
    case "namedTupleMember":
      return expanded(t.element, at);
    case "typeOperator":
      return expanded(t.target, at);
    case "conditional":
      return [t.checkType, t.extendsType, t.trueType, t.falseType].flatMap((u) => expanded(u, at));
    case "indexedAccess":
      return [t.objectType, t.indexType].flatMap((u) => expanded(u, at));
    case "predicate":
      return expanded(t.targetType, at);
    default:
      return [];
  }
};

/** The expanded object literals in a signature's parameters and return type, described. */
const signatureSites = (
  s: Signature,
  at: readonly string[],
): { readonly at: readonly string[]; readonly members: number }[] => [
  ...(s.parameters ?? []).flatMap((p) => expanded(p.type, [...at, `parameter ${p.name}`])),
  ...expanded(s.type, [...at, "return type"]),
];

/** A function of the public API: its module and name (`research.synthesizeCases`) and its signatures. */
interface PublicFunction {
  readonly name: string;
  readonly signatures: readonly Signature[];
}

/** Every function in the converted project, whatever module (entry point) declares it. */
const publicFunctions = (
  d: { readonly children?: JSONOutput.DeclarationReflection[] },
  path: readonly string[],
): PublicFunction[] =>
  (d.children ?? []).flatMap((c): PublicFunction[] =>
    c.kind === ReflectionKind.Function
      ? [{ name: [...path, c.name].join("."), signatures: c.signatures ?? [] }]
      : publicFunctions(c, [...path, c.name]),
  );

/** One line per expanded object literal: the function, where in its signature, how big. */
const offenders = (fns: readonly PublicFunction[]): string[] =>
  fns.flatMap((f) =>
    f.signatures.flatMap((s) =>
      signatureSites(s, []).map(
        ({ at, members }) =>
          `${f.name}: ${at.join(", ")} is an object literal with ${members} members`,
      ),
    ),
  );

// Types and signatures in typedoc's JSON form, just the fields the check reads (ids and
// flags are not read, so the fixtures are cast).

/** An inline object literal with these members. */
const objectLiteral = (members: Readonly<Record<string, SomeType>>): SomeType =>
  ({
    type: "reflection",
    declaration: {
      name: "__type",
      kind: ReflectionKind.TypeLiteral,
      children: Object.entries(members).map(([name, type]) => ({
        name,
        kind: ReflectionKind.Property,
        type,
      })),
    },
  }) as unknown as SomeType;

/** An inline object literal with `n` string members. */
const literal = (n: number): SomeType =>
  objectLiteral(
    Object.fromEntries(
      Array.from({ length: n }, (_, i) => [`m${i}`, { type: "intrinsic", name: "string" }]),
    ),
  );

/** A reference to a named type, with type arguments. */
const ref = (name: string, ...typeArguments: SomeType[]): SomeType =>
  ({ type: "reference", name, package: "x", typeArguments }) as unknown as SomeType;

/** A function `m.f(c: param): returns`. */
const fn = (param: SomeType, returns: SomeType): PublicFunction => ({
  name: "m.f",
  signatures: [
    {
      name: "f",
      kind: ReflectionKind.CallSignature,
      parameters: [{ name: "c", kind: ReflectionKind.Parameter, type: param }],
      type: returns,
    } as unknown as Signature,
  ],
});

describe("the check for expanded types", () => {
  const named = ref("Case");
  it.each([
    ["a named type", fn(named, named), []],
    ["a small object literal", fn(literal(4), named), []],
    [
      "a parameter",
      fn(literal(5), named),
      ["m.f: parameter c is an object literal with 5 members"],
    ],
    [
      "a type argument of the return type",
      fn(named, ref("Either", named, ref("Iterable", literal(10)))),
      [
        "m.f: return type, in Either's type argument 2, in Iterable's type argument 1 is an object literal with 10 members",
      ],
    ],
    [
      "an array's element",
      fn({ type: "array", elementType: literal(6) }, named),
      ["m.f: parameter c, in element type is an object literal with 6 members"],
    ],
    [
      "a member of a small object literal",
      fn(objectLiteral({ case: literal(7) }), named),
      ["m.f: parameter c, in member case is an object literal with 7 members"],
    ],
  ])("finds what it should in %s", (_, f, expected) => {
    expect(offenders([f])).toEqual(expected);
  });
});

describe("the API reference", () => {
  let fns: readonly PublicFunction[] = [];

  beforeAll(async () => {
    // Only these two readers: the default ones would also read the test runner's argv. Type
    // errors are tsc's business (npm run typecheck), not this test's.
    const app = await Application.bootstrapWithPlugins(
      { options: CONFIG, logLevel: "Error", skipErrorChecking: true },
      [new TypeDocReader(), new TSConfigReader()],
    );
    const project = await app.convert();
    if (project === undefined) throw new Error("typedoc could not convert the project");
    fns = publicFunctions(app.serializer.projectToObject(project, ROOT as never), []);
  }, 180_000);

  it("holds the public functions of every entry point", () => {
    const names = fns.map((f) => f.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "index.decodeCase",
        "index.formulate",
        "measures.registerInstrument",
        "plan.planTreatment",
        "research.synthesizeCases",
        "svg.renderTimeline",
      ]),
    );
  });

  it("names every type a public function takes or returns (no expanded object literals)", () => {
    expect(offenders(fns)).toEqual([]);
  });
});
