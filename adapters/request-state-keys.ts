/** `ctx.state` key naming the operation (login, recovery, signup) whose limit refused the request, for the metrics. */
export const RATE_LIMITED_OPERATION = "rateLimitedOperation";
