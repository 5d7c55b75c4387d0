/**
 * The fields of the case format as its JSON Schema states them (`caseJsonSchema()`, generated
 * from the zod schemas the decoder uses): every path, depth first in the schema's order, with
 * whether it is required, its allowed values, ranges, lengths and default.
 *
 * @module
 */

/** A field of the case format, as the schema states it. */
export interface SchemaField {
  /** `relationships[].circle`. */
  readonly path: string;
  /** Its JSON type: `object`, `array`, `string`, `number`, `integer`, `boolean`; `unknown` if the schema names none. */
  readonly type: string;
  /** Required in its object. */
  readonly required: boolean;
  /** The closed list of values (`enum` or `const`), of the field or, for a list, of its items. */
  readonly values?: readonly unknown[];
  /** The default decoding fills in. */
  readonly default?: unknown;
  readonly min?: number;
  readonly max?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly maxItems?: number;
}

type Json = Readonly<Record<string, unknown>>;

const isObject = (u: unknown): u is Json =>
  typeof u === "object" && u !== null && !Array.isArray(u);
const num = (u: unknown): number | undefined => (typeof u === "number" ? u : undefined);

/** The closed list of a schema node: its `enum`, or its `const` as a list of one. */
const valuesOf = (s: Json): readonly unknown[] | undefined =>
  Array.isArray(s.enum) ? s.enum : "const" in s ? [s.const] : undefined;

/** A node with its nullable branch (`anyOf: [T, { type: "null" }]`) taken away. */
const nonNull = (s: Json): Json => {
  if (!Array.isArray(s.anyOf)) return s;
  const branches = s.anyOf.filter((b) => isObject(b) && b.type !== "null");
  return branches.length === 1 && isObject(branches[0]) ? branches[0] : s;
};

/** The facts of a leaf node: values, ranges, lengths. */
const facts = (s: Json): Omit<SchemaField, "path" | "type" | "required"> => {
  const values = valuesOf(s);
  const out: { -readonly [K in keyof SchemaField]?: SchemaField[K] } = {};
  if (values !== undefined) out.values = values;
  const min = num(s.minimum);
  const max = num(s.maximum);
  const minLength = num(s.minLength);
  const maxLength = num(s.maxLength);
  if (min !== undefined) out.min = min;
  if (max !== undefined) out.max = max;
  if (minLength !== undefined) out.minLength = minLength;
  if (maxLength !== undefined) out.maxLength = maxLength;
  return out;
};

/**
 * Every field of an object schema, depth first: each property, then the fields of its object
 * or of its list's objects (`relationships` then `relationships[].id`, …). A list of values
 * (`griefSigns`, `items`) is one field with the facts of its items.
 */
export const schemaFields = (schema: Json, prefix = ""): readonly SchemaField[] => {
  const props = isObject(schema.properties) ? schema.properties : {};
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const out: SchemaField[] = [];
  for (const [key, raw] of Object.entries(props)) {
    if (!isObject(raw)) continue;
    const path = `${prefix}${key}`;
    const type = typeof raw.type === "string" ? raw.type : "unknown";
    const own = {
      path,
      type,
      required: required.has(key),
      ...("default" in raw ? { default: raw.default } : {}),
    };
    const items = isObject(raw.items) ? nonNull(raw.items) : undefined;
    if (type === "object") {
      out.push(own, ...schemaFields(raw, `${path}.`));
    } else if (type === "array" && items?.type === "object") {
      out.push(own, ...schemaFields(items, `${path}[].`));
    } else if (type === "array") {
      const maxItems = num(raw.maxItems);
      out.push({
        ...own,
        ...(items === undefined ? {} : facts(items)),
        ...(maxItems === undefined ? {} : { maxItems }),
      });
    } else {
      out.push({ ...own, ...facts(raw) });
    }
  }
  return out;
};
