import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./database-unavailable.js";

const withCode = (code: string, message = "boom") => Object.assign(new Error(message), { code });

describe("isDatabaseUnavailable", () => {
  it.each([
    ["a refused connection", withCode("ECONNREFUSED")],
    ["an administrator shutdown", withCode("57P01", "terminating connection due to administrator command")],
    ["a connection exception class", withCode("08006")],
    ["a terminated connection", new Error("Connection terminated unexpectedly")],
    [
      "a pool acquire timeout",
      Object.assign(new Error("Knex: Timeout acquiring a connection."), { name: "KnexTimeoutError" }),
    ],
    ["a wrapped native error", Object.assign(new Error("wrapped"), { nativeError: withCode("ECONNREFUSED") })],
    ["a cause", new Error("outer", { cause: withCode("57P03") })],
    ["an aggregate", new AggregateError([new Error("x"), withCode("ECONNRESET")], "all failed")],
  ])("recognises %s", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a unique violation", withCode("23505", "duplicate key value violates unique constraint")],
    ["a syntax error", withCode("42601", "syntax error at or near")],
    ["a plain error", new Error("something else")],
    ["a non-error", "ECONNREFUSED"],
    ["null", null],
  ])("does not mistake %s for an outage", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
