import type { Context, Middleware } from "koa";
import getRawBody from "raw-body";
import { RequestValidationError } from "../validation-error.js";
import { nestsDeeperThan } from "./json-depth.js";

declare module "koa" {
  interface Request {
    /** The body as the operation's readBody left it (undefined: no body). */
    body?: unknown;
  }
}

/** How an operation reads its body: JSON, or the OAuth2 login's urlencoded form (its `@Consumes`). */
export type BodyKind = "json" | "form";

const bodyLimit = "1mb";
/** No endpoint needs more than 2 levels; a deeper body is refused before anything walks it. */
export const maxJsonDepth = 32;

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
const lenientUtf8 = new TextDecoder("utf-8");

const jsonInvalid = (reason: string, position?: number) =>
  new RequestValidationError([
    {
      type: "json_invalid",
      loc: position === undefined ? ["body"] : ["body", position],
      msg: "JSON decode error",
      input: {},
      ctx: { error: reason },
    },
  ]);

/**
 * The reference's (Python's) answer to text JSON.parse refused: where decoding stopped and why. JSON.parse reports
 * the position only inside its message, so this reads it there, next to the parse, and nowhere else.
 */
function syntaxErrorAnswer(error: SyntaxError, text: string): RequestValidationError {
  const atEnd = /end of JSON input/.test(error.message);
  const position = atEnd ? text.length : Number(/position (\d+)/.exec(error.message)?.[1] ?? 0);
  const reason = /property name/i.test(error.message)
    ? "Expecting property name enclosed in double quotes"
    : "Expecting value";
  return jsonInvalid(reason, position);
}

function parseJson(bytes: Buffer): unknown {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    throw jsonInvalid("Invalid UTF-8");
  }
  if (nestsDeeperThan(text, maxJsonDepth)) throw jsonInvalid(`Nesting deeper than ${maxJsonDepth} levels`);
  try {
    return JSON.parse(text) ?? undefined;
  } catch (error) {
    throw syntaxErrorAnswer(error as SyntaxError, text);
  }
}

/**
 * A JSON operation reads only `application/json` and `+json` bodies; any other body is kept as its text, which
 * validation refuses like the reference (422 `model_attributes_type`). That refuses the form and text bodies a
 * browser sends cross-site without a preflight. A form operation reads only urlencoded fields.
 */
function bodyOf(ctx: Context, kind: BodyKind, bytes: Buffer): unknown {
  if (kind === "form") {
    if (!ctx.request.is("urlencoded")) return {};
    return Object.fromEntries(new URLSearchParams(lenientUtf8.decode(bytes)));
  }
  if (bytes.length === 0) return undefined;
  if (ctx.request.is("application/json", "application/*+json")) return parseJson(bytes);
  return lenientUtf8.decode(bytes);
}

/** Reads the operation's body as its `kind` declares (generated routes, before authentication). */
export function readBody(kind: BodyKind): Middleware {
  return async (ctx, next) => {
    const length = ctx.get("Content-Length");
    const bytes = await getRawBody(ctx.req, { limit: bodyLimit, length: length === "" ? undefined : length });
    ctx.request.body = bodyOf(ctx, kind, bytes);
    await next();
  };
}
