/** Details of a validation problem, e.g. `{ "min_length": 8 }`. */
export interface ValidationErrorContext {
  [key: string]: unknown;
}

/** One problem with a request, in the reference's (pydantic's) shape. */
export interface ValidationError {
  loc: (string | number)[];
  msg: string;
  type: string;
  input?: unknown;
  ctx?: ValidationErrorContext;
}

/** The 422 body: every problem found in the request. */
export interface HTTPValidationError {
  detail?: ValidationError[];
}

/** Thrown when a request does not fit its operation; the error middleware answers 422 with `detail`. */
export class RequestValidationError extends Error {
  readonly status = 422;

  constructor(readonly detail: ValidationError[]) {
    super("Request validation failed");
    this.name = "RequestValidationError";
  }
}

export const isRequestValidationError = (error: unknown): error is RequestValidationError =>
  error instanceof RequestValidationError;
