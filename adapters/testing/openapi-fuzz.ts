import fc from "fast-check";

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  nullable?: boolean;
  properties?: Record<string, Schema>;
  required?: string[];
  maxLength?: number;
  enum?: unknown[];
}

interface Parameter {
  in: "path" | "query" | "header";
  name: string;
  schema: Schema;
}

/** One operation of the OpenAPI document, as the fuzzer needs it. */
export interface Operation {
  readonly method: string;
  readonly path: string;
  readonly operationId: string;
  readonly parameters: readonly Parameter[];
  readonly contentType: string | null;
  readonly body: Schema | null;
}

/** One generated request: path, query, headers and a raw body. */
export interface FuzzRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body?: string | Uint8Array;
}

interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      { operationId: string; parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: Schema }> } }
    >
  >;
  components: { schemas: Record<string, Schema> };
}

/** Every operation of the document, `$ref`s resolved one level deep per schema. */
export function operationsOf(document: OpenApiDocument): Operation[] {
  const resolve = (schema: Schema): Schema =>
    schema.$ref ? resolve(document.components.schemas[schema.$ref.split("/").pop() ?? ""] ?? {}) : schema;
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => {
      const content = Object.entries(operation.requestBody?.content ?? {})[0];
      const body = content ? resolve(content[1].schema) : null;
      const properties = body?.properties
        ? Object.fromEntries(Object.entries(body.properties).map(([key, value]) => [key, resolve(value)]))
        : undefined;
      return {
        method: method.toUpperCase(),
        path,
        operationId: operation.operationId,
        parameters: (operation.parameters ?? []).map((parameter) => ({
          ...parameter,
          schema: resolve(parameter.schema),
        })),
        contentType: content?.[0] ?? null,
        body: body ? { ...body, properties } : null,
      };
    }),
  );
}

const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("", " ", "\u0000", "a\u0000b", "\ud800", "\udfff\ud800", "☃".repeat(300), "'; drop table user; --"),
  fc.constantFrom("%", "%zz", "%E0%A4%A", "..", "../../etc/passwd", "<script>alert(1)</script>", "$" + "{jndi:x}"),
  fc.integer({ min: 256, max: 20_000 }).map((length) => "x".repeat(length)),
);

const plausibleEmail = fc.oneof(
  fc.emailAddress(),
  fc.constantFrom("a@b.local", "José@Example.COM", "user@example.com", "A <a@example.com>", "a@", "@b.c", "a@b@c.com"),
  hostileString.map((text) => `${text}@example.com`),
);

const hostileNumber = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(-1, 0, 1, 1000, 1001, 2 ** 31, 2 ** 53, 2 ** 63, -(2 ** 63), 1e308, -1e308),
);

const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  hostileNumber,
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null)), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.string(), fc.integer()), { maxKeys: 3 }),
);

function valueFor(schema: Schema): fc.Arbitrary<unknown> {
  if (schema.format === "email") return fc.oneof({ weight: 3, arbitrary: plausibleEmail }, anyJson);
  if (schema.format === "uuid") return fc.oneof(fc.uuid(), anyJson);
  if (schema.type === "boolean") return fc.oneof({ weight: 3, arbitrary: fc.boolean() }, anyJson);
  if (schema.type === "integer" || schema.type === "number") return fc.oneof(hostileNumber, anyJson);
  const text = fc.oneof(
    { weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: schema.maxLength ?? 40 }) },
    { weight: 3, arbitrary: hostileString },
  );
  return fc.oneof({ weight: 4, arbitrary: text }, anyJson);
}

const unknownKeys = fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), anyJson, { maxKeys: 2 });

function objectFor(schema: Schema): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.entries(schema.properties ?? {}).map(([key, property]) =>
    fc.option(valueFor(property), { nil: undefined, freq: 3 }).map((value) => [key, value] as const),
  );
  return fc.tuple(fc.tuple(...fields), fc.option(unknownKeys, { nil: undefined, freq: 2 })).map(([entries, extra]) => ({
    ...(extra ?? {}),
    ...Object.fromEntries(entries.filter(([, value]) => value !== undefined)),
  }));
}

const malformedJson = fc.constantFrom(
  "{",
  '{"a":',
  "{'a':1}",
  '{"a":NaN}',
  "[1,]",
  "\u0000",
  '{"a":"\\ud800"}',
  "nul",
  "",
);

/** Raw body and content type: a well-formed body, or malformed, mistyped, non-object or oversized ones. */
function bodyFor(operation: Operation): fc.Arbitrary<{ body?: string; contentType?: string }> {
  const schema = operation.body ?? { type: "object", properties: {} };
  const form = operation.contentType === "application/x-www-form-urlencoded";
  const encode = (value: Record<string, unknown>) =>
    form
      ? new URLSearchParams(
          Object.entries(value).map(([key, item]): [string, string] => [
            key,
            typeof item === "string" ? item : JSON.stringify(item),
          ]),
        ).toString()
      : JSON.stringify(value);
  const own = operation.contentType ?? "application/json";
  return fc.oneof(
    { weight: 8, arbitrary: objectFor(schema).map((value) => ({ body: encode(value), contentType: own })) },
    {
      weight: 1,
      arbitrary: anyJson.map((value) => ({ body: JSON.stringify(value) ?? "null", contentType: "application/json" })),
    },
    { weight: 1, arbitrary: malformedJson.map((body) => ({ body, contentType: "application/json" })) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(
          "text/plain",
          "application/xml",
          "multipart/form-data; boundary=x",
          "application/json; charset=latin1",
          "garbage",
        )
        .chain((contentType) => objectFor(schema).map((value) => ({ body: JSON.stringify(value), contentType }))),
    },
    { weight: 1, arbitrary: fc.constant({}) },
  );
}

const oversized = (contentType: string) => ({ body: JSON.stringify({ title: "x".repeat(1_100_000) }), contentType });

// Byte-wise, so lone surrogates (which encodeURIComponent refuses) still reach the server, as U+FFFD.
const percentEncode = (value: string) =>
  [...Buffer.from(value, "utf8")]
    .map((byte) =>
      /[A-Za-z0-9_.~-]/.test(String.fromCharCode(byte))
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).padStart(2, "0")}`,
    )
    .join("");

function pathValue(known: readonly string[]): fc.Arbitrary<string> {
  const raw = fc.oneof(fc.uuid(), fc.constantFrom(...known), hostileString, plausibleEmail);
  return fc.oneof(
    { weight: 5, arbitrary: raw.map(percentEncode) },
    {
      weight: 1,
      arbitrary: fc.constantFrom("%", "%zz", "%E0%A4%A", "%00", "%2e%2e", "a%2Fb", "%F0%9F%98", "%ED%A0%80"),
    },
  );
}

const queryValue = fc.oneof(
  hostileNumber.map(String),
  fc.constantFrom("", "abc", "1.5", "-0", "NaN", "Infinity", "1e3", "99999999999999999999999", "0x10", " 5", "5 "),
  hostileString,
  plausibleEmail,
);

/** Requests for one operation: every parameter and body field varied; `tokens` picks the caller per case. */
export function requestsFor(
  operation: Operation,
  options: { readonly tokens: readonly (string | null)[]; readonly knownIds: readonly string[] },
): fc.Arbitrary<FuzzRequest> {
  const pathParameters = operation.parameters.filter((parameter) => parameter.in === "path");
  const queryParameters = operation.parameters.filter((parameter) => parameter.in === "query");
  const path = fc
    .tuple(...pathParameters.map(() => pathValue(options.knownIds)))
    .map((values) =>
      pathParameters.reduce(
        (result, parameter, index) => result.replace(`{${parameter.name}}`, values[index] ?? ""),
        operation.path,
      ),
    );
  const query = fc
    .tuple(
      ...queryParameters.map(() => fc.option(fc.array(queryValue, { minLength: 1, maxLength: 2 }), { nil: undefined })),
    )
    .map((values) => {
      const search = new URLSearchParams();
      queryParameters.forEach((parameter, index) => {
        for (const value of values[index] ?? []) search.append(parameter.name, value);
      });
      return search.size > 0 ? `?${search}` : "";
    });
  const hasBody = operation.method !== "GET" && operation.method !== "DELETE";
  const body = hasBody
    ? fc.oneof(
        { weight: 40, arbitrary: bodyFor(operation) },
        { weight: 1, arbitrary: fc.constant(oversized(operation.contentType ?? "application/json")) },
      )
    : fc.constant<{ body?: string; contentType?: string }>({});
  const token = fc.constantFrom(...options.tokens);
  const slash = fc.constantFrom("", "/");
  return fc.record({ path, query, body, token, slash }).map(({ path, query, body, token, slash }) => {
    const headers: Record<string, string> = {};
    if (token !== null) headers.authorization = token;
    if (body.contentType) headers["content-type"] = body.contentType;
    return { method: operation.method, url: `${path}${slash}${query}`, headers, body: body.body };
  });
}

/** A request the API must refuse with a 4xx: it is accepted (2xx) or crashes (5xx) without the strict body rules. */
export interface StrictBodyRequest extends FuzzRequest {
  readonly family: "deep nesting" | "wrong content type" | "invalid UTF-8" | "null boolean";
}

export interface StrictBodyOptions {
  readonly token: string;
  /** A value for each path parameter, e.g. `{ user_id: <an existing user> }`. */
  readonly pathValues: Readonly<Record<string, string>>;
  /** A body the operation accepts; each family spoils it in one way. */
  readonly validBody: Readonly<Record<string, unknown>>;
}

const nestedArray = (levels: number) => `${"[".repeat(levels)}${"]".repeat(levels)}`;

/** The strict-body families of issue 13 for one operation with a body (none for operations without one). */
export function strictBodyRequests(operation: Operation, options: StrictBodyOptions): StrictBodyRequest[] {
  if (!operation.contentType) return [];
  const url = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => options.pathValues[name] ?? name);
  const valid = JSON.stringify(options.validBody);
  const request = (
    family: StrictBodyRequest["family"],
    body: string | Uint8Array,
    contentType?: string,
  ): StrictBodyRequest => ({
    family,
    method: operation.method,
    url,
    headers: { authorization: options.token, ...(contentType ? { "content-type": contentType } : {}) },
    body,
  });
  if (operation.contentType === "application/x-www-form-urlencoded") {
    return [request("wrong content type", valid, "application/json")];
  }
  const json = "application/json";
  const withExtra = (raw: string) => `{"extra":${raw}${valid === "{}" ? "" : `,${valid.slice(1, -1)}`}}`;
  const form = new URLSearchParams(
    Object.entries(options.validBody).map(([key, value]): [string, string] => [key, String(value)]),
  );
  const [before = "", after = ""] = withExtra('"here"').split("here");
  const booleans = Object.entries(operation.body?.properties ?? {}).filter(([, schema]) => schema.type === "boolean");
  return [
    ...[33, 64, 5_000, 100_000].map((levels) => request("deep nesting", withExtra(nestedArray(levels)), json)),
    request("wrong content type", form.toString(), "application/x-www-form-urlencoded"),
    request("wrong content type", valid, "text/plain"),
    request("wrong content type", valid, "multipart/form-data; boundary=x"),
    request("wrong content type", Buffer.from(valid)),
    ...[[0xff], [0xc3, 0x28], [0xed, 0xa0, 0x80], [0xe2, 0x82]].map((bytes) =>
      request("invalid UTF-8", Buffer.concat([Buffer.from(before), Buffer.from(bytes), Buffer.from(after)]), json),
    ),
    ...booleans.map(([key]) => request("null boolean", JSON.stringify({ ...options.validBody, [key]: null }), json)),
  ];
}
