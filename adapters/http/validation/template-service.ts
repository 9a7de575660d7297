import { KoaTemplateService, type TsoaRoute, ValidateError } from "@tsoa/runtime";
import type { Context, Next } from "koa";
import { EmailSyntaxError, normalizeEmail } from "../../../core/users/email-address.js";
import { RequestValidationError, type ValidationError } from "../validation-error.js";
import { StrictValidationService } from "./strict-validation-service.js";
import { pydanticEntry } from "./tsoa-field-error.js";
import { normalizeUuid, UuidSyntaxError } from "./uuid-value.js";

type Args = Record<string, TsoaRoute.ParameterSchema>;
type Loc = (string | number)[];

interface ArgsShape {
  readonly schemas: TsoaRoute.ParameterSchema[];
  readonly requiresBody: boolean;
  readonly readsBody: boolean;
}

const locationOf = (param: TsoaRoute.ParameterSchema): string =>
  param.in === "body" || param.in === "body-prop" || param.in === "formData" ? "body" : param.in;

const noHeaders: Record<string, string> = Object.freeze({}) as Record<string, string>;

const hasNoBody = (context: Context): boolean => context.request.body === undefined;

/**
 * tsoa's Koa template service with the reference's validation: pydantic-shaped 422 entries, e-mail and UUID
 * checks (normalised values reach the controller), NUL bytes and null booleans refused; controller errors keep
 * their class.
 */
export class ApiTemplateService extends KoaTemplateService {
  private readonly shapes = new WeakMap<Args, ArgsShape>();

  constructor(...args: ConstructorParameters<typeof KoaTemplateService>) {
    super(...args);
    this.validationService = new StrictValidationService(...args);
  }

  override getValidatedArgs(params: { args: Args; context: Context; next: Next }): unknown[] {
    const { args, context } = params;
    const { schemas, requiresBody, readsBody } = this.shapeOf(args);
    if (requiresBody && hasNoBody(context)) {
      throw new RequestValidationError([{ type: "missing", loc: ["body"], msg: "Field required", input: null }]);
    }
    // tsoa fills defaults into the body it validates; error reports show the body as it was sent.
    const sent = readsBody ? structuredClone(context.request.body) : undefined;
    try {
      const problems: ValidationError[] = [];
      const refined = this.refineAll(schemas, super.getValidatedArgs(params), problems);
      if (problems.length > 0) throw new RequestValidationError(problems);
      return refined;
    } catch (error) {
      if (!(error instanceof ValidateError)) throw error;
      // Like pydantic, report the e-mail/UUID problems of the other fields too, not only tsoa's findings.
      const problems = this.translate(error, schemas, sent);
      const more: ValidationError[] = [];
      this.refineAll(
        schemas,
        schemas.map((param) => this.rawValue(param, context, sent)),
        more,
      );
      const seen = new Set(problems.map((problem) => JSON.stringify(problem.loc)));
      throw new RequestValidationError([
        ...problems,
        ...more.filter((problem) => !seen.has(JSON.stringify(problem.loc))),
      ]);
    }
  }

  /** What an operation's parameters need, worked out on its first request rather than on every one. */
  private shapeOf(args: Args): ArgsShape {
    let shape = this.shapes.get(args);
    if (!shape) {
      const schemas = Object.values(args);
      shape = {
        schemas,
        requiresBody: schemas.some((param) => param.in === "body" && param.required),
        readsBody: schemas.some((param) => param.in === "body" || param.in === "body-prop"),
      };
      this.shapes.set(args, shape);
    }
    return shape;
  }

  private refineAll(params: TsoaRoute.ParameterSchema[], values: unknown[], problems: ValidationError[]): unknown[] {
    return values.map((value, index) => {
      const param = params[index];
      if (!param || param.in === "request" || param.in === "res") return value;
      const loc = locationOf(param) === "body" ? ["body"] : [param.in, param.name];
      return this.refine(param, value, loc, problems);
    });
  }

  private rawValue(param: TsoaRoute.ParameterSchema, context: Context, sent: unknown): unknown {
    if (param.in === "body") return structuredClone(sent);
    if (param.in === "query") return context.request.query[param.name];
    if (param.in === "path") return (context.params as Record<string, unknown> | undefined)?.[param.name];
    return undefined;
  }

  /** Controllers are shared across requests (ioc.ts): they set headers on the Koa context, never on themselves. */
  override async apiHandler(params: Parameters<KoaTemplateService["apiHandler"]>[0]): Promise<unknown> {
    const { methodName, controller, context, validatedArgs, successStatus } = params;
    const data = await this.buildPromise(methodName, controller, validatedArgs);
    return this.returnHandler({ context, headers: noHeaders, statusCode: successStatus, data });
  }

  private translate(error: ValidateError, params: TsoaRoute.ParameterSchema[], sent: unknown): ValidationError[] {
    return Object.entries(error.fields).map(([key, field]) => {
      const [head = "", ...rest] = key.split(".");
      const param = params.find((candidate) => candidate.name === head);
      const location = param ? locationOf(param) : "body";
      const path = rest.map((part) => (/^\$\d+$/.test(part) ? Number(part.slice(1)) : part));
      const loc: Loc = location === "body" ? ["body", ...path] : [location, head, ...path];
      const inBody = location === "body";
      const { type, msg, input, ctx } = pydanticEntry(field.message, field.value ?? null, inBody);
      const shown = type === "missing" && inBody ? this.parentOf(sent, path) : input;
      return ctx ? { type, loc, msg, input: shown, ctx } : { type, loc, msg, input: shown };
    });
  }

  private parentOf(body: unknown, path: Loc): unknown {
    let node = body;
    for (const part of path.slice(0, -1)) node = (node as Record<string | number, unknown> | undefined)?.[part];
    return node ?? null;
  }

  private refine(schema: TsoaRoute.PropertySchema, value: unknown, loc: Loc, problems: ValidationError[]): unknown {
    if (value === null || value === undefined) return value;
    if (typeof value === "string") return this.refineString(schema, value, loc, problems);
    if (Array.isArray(value)) {
      return schema.array
        ? value.map((element, index) => this.refine(schema.array!, element, [...loc, index], problems))
        : value;
    }
    if (typeof value === "object") {
      const model = schema.ref ? this.models[schema.ref] : undefined;
      const properties = model?.dataType === "refObject" ? model.properties : schema.nestedProperties;
      if (!properties) return value;
      const record = value as Record<string, unknown>;
      for (const [key, property] of Object.entries(properties)) {
        if (key in record) record[key] = this.refine(property, record[key], [...loc, key], problems);
      }
    }
    return value;
  }

  private refineString(schema: TsoaRoute.PropertySchema, value: string, loc: Loc, problems: ValidationError[]): string {
    if (value.includes("\u0000")) {
      problems.push({
        type: "string_pattern_mismatch",
        loc,
        msg: "String should not contain NUL characters",
        input: value,
      });
      return value;
    }
    try {
      if (schema.ref === "UUID") return normalizeUuid(value);
      if (schema.ref === "EmailStr") return normalizeEmail(value);
    } catch (error) {
      if (error instanceof UuidSyntaxError) {
        problems.push({
          type: "uuid_parsing",
          loc,
          msg: `Input should be a valid UUID, ${error.message}`,
          input: value,
          ctx: { error: error.message },
        });
      } else if (error instanceof EmailSyntaxError) {
        const reason = error.message;
        problems.push({
          type: "value_error",
          loc,
          msg: `value is not a valid email address: ${reason}`,
          input: value,
          ctx: { reason },
        });
      } else throw error;
    }
    return value;
  }
}
