/** A non-2xx answer from the API, with its status and parsed JSON body. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly data: unknown,
  ) {
    super(`HTTP ${status}`);
    this.name = "HttpError";
  }
}

/** The HTTP status of an error thrown by the API client or the login call, if any. */
export const httpStatus = (error: unknown): number | undefined => {
  if (typeof error === "object" && error !== null && "status" in error && typeof error.status === "number") {
    return error.status;
  }
  return undefined;
};
