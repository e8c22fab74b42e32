/**
 * fast-check arbitraries from the JSON Schema zod 4 writes for each method's
 * input (z.toJSONSchema, as GET /api lists them): `validInput` follows the
 * schema, `invalidInput` breaks it in one place (a field of the wrong type, out
 * of range, too long, with control characters, or missing), and `hostile` is
 * what a fuzzer throws at any field. Only the keywords zod emits for this
 * contract are read; anything else makes any JSON value.
 */
import fc from 'fast-check';

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  pattern?: string;
}

/** Texts a moderator types: Chinese, English, mixed, with line breaks and emoji. */
const TEXTS = [
  '菏泽市新闻发布会',
  '大众网',
  '朱雷',
  '请问市直机关在下一年将采取哪些措施？',
  'Reuters',
  'AI+政务',
  '第一行\n第二行',
  '😀 表情',
  ' 空格 ',
  'a'
];

/** What a fuzzer puts in any field: wrong types, edge numbers, control characters, huge texts. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    '',
    '\u0000',
    'a\u0000b',
    '\u0007\u001b[31m',
    '"\'; DROP TABLE conferences; --',
    '%_\\',
    'x'.repeat(200_001),
    -1,
    0,
    1.5,
    2 ** 31,
    2 ** 53 + 2,
    -(2 ** 53),
    Number.NaN,
    Number.POSITIVE_INFINITY,
    true,
    [],
    {},
    { __proto__: { polluted: true } }
  ),
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 })
);

function types(schema: JsonSchema): string[] {
  return schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
}

function integerArbitrary(schema: JsonSchema): fc.Arbitrary<number> {
  const min = schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : (schema.minimum ?? -(2 ** 31));
  const max = schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : (schema.maximum ?? 2 ** 31);
  // ids and positions near the start are the ones that exist, so most values go there
  return fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min, max: Math.min(max, min + 2) }) },
    { weight: 2, arbitrary: fc.integer({ min, max: Math.min(max, min + 8) }) },
    { weight: 1, arbitrary: fc.integer({ min, max }) }
  );
}

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  const maxLength = Math.min(schema.maxLength ?? 60, 60);
  const minLength = schema.minLength ?? 0;
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length <= (schema.maxLength ?? Infinity));
  return fc
    .oneof(fc.constantFrom(...TEXTS), fc.string({ maxLength }), fc.string({ unit: 'grapheme', maxLength }))
    .filter((s) => s.length >= minLength && s.length <= (schema.maxLength ?? Infinity));
}

/** Inputs the schema accepts (give or take refinements JSON Schema cannot say). */
export function validInput(schema: JsonSchema): fc.Arbitrary<unknown> {
  if ('const' in schema) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return fc.oneof(...union.map(validInput));
  const [type] = types(schema);
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return integerArbitrary(schema);
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
    case 'string':
      return stringArbitrary(schema);
    case 'array':
      return fc.array(schema.items ? validInput(schema.items) : fc.jsonValue({ maxDepth: 1 }), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 4, 4)
      });
    case 'object': {
      const properties = schema.properties ?? {};
      const shape = Object.fromEntries(Object.entries(properties).map(([key, sub]) => [key, validInput(sub)]));
      return fc.record(shape, { requiredKeys: (schema.required ?? []).filter((key) => key in properties) });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** An input broken in one place: one field made hostile or left out, or the whole input not an object. */
export function invalidInput(schema: JsonSchema): fc.Arbitrary<unknown> {
  const union = schema.anyOf ?? schema.oneOf;
  const objects = union ? union.filter((s) => types(s).includes('object')) : types(schema).includes('object') ? [schema] : [];
  if (objects.length === 0) return hostile;
  return fc.oneof(
    { weight: 1, arbitrary: hostile },
    {
      weight: 6,
      arbitrary: fc.oneof(...objects.map((s) => brokenObject(s)))
    }
  );
}

/** A value for one field that its schema (or a refinement of it) refuses, most of the time. */
export function breaking(schema: JsonSchema): fc.Arbitrary<unknown> {
  const [type] = types(schema);
  const near: fc.Arbitrary<unknown>[] = [];
  if (type === 'string' && !schema.enum) {
    // a control character inside a plausible text, or one character past the limit
    near.push(
      fc
        .tuple(
          stringArbitrary({ ...schema, pattern: undefined, minLength: 0 }),
          fc.constantFrom('\u0000', '\u0001', '\u0008', '\u000b', '\u001f', '\u007f'),
          fc.nat()
        )
        .map(([text, control, at]) => text.slice(0, at % (text.length + 1)) + control + text.slice(at % (text.length + 1)))
    );
    if (schema.maxLength !== undefined) near.push(fc.constant('字'.repeat(schema.maxLength + 1)));
  }
  if (type === 'integer' || type === 'number') {
    const values: number[] = [0.5];
    if (schema.minimum !== undefined) values.push(schema.minimum - 1);
    if (schema.exclusiveMinimum !== undefined) values.push(schema.exclusiveMinimum);
    if (schema.maximum !== undefined) values.push(schema.maximum + 1);
    near.push(fc.constantFrom(...values), fc.constant('1'));
  }
  if (schema.enum) near.push(fc.constantFrom('', 'not-a-choice', String(schema.enum[0]).toUpperCase()));
  return near.length > 0 ? fc.oneof({ weight: 3, arbitrary: fc.oneof(...near) }, { weight: 1, arbitrary: hostile }) : hostile;
}

function brokenObject(schema: JsonSchema): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const keys = Object.keys(properties);
  const base = validInput(schema) as fc.Arbitrary<Record<string, unknown>>;
  if (keys.length === 0) return fc.tuple(base, fc.string({ maxLength: 8 }), hostile).map(([o, k, v]) => ({ ...o, [k]: v }));
  const broken = fc.constantFrom(...keys).chain((key) =>
    fc.tuple(
      fc.constant(key),
      breaking(properties[key]!),
      fc.boolean().map((remove) => remove && (schema.required ?? []).includes(key))
    )
  );
  return fc.tuple(base, broken).map(([object, [key, value, remove]]) => {
    const copy: Record<string, unknown> = { ...object };
    if (remove) delete copy[key];
    else copy[key] = value;
    return copy;
  });
}
