import { describe, expect, it } from "vitest";
import { errorMessage } from "./errors.js";
import { HttpError } from "./http-error.js";

describe("errorMessage", () => {
  it("uses a string detail", () => {
    expect(errorMessage(new HttpError(400, { detail: "Incorrect email or password" }))).toBe(
      "Incorrect email or password",
    );
  });

  it("uses the first message of a 422 list", () => {
    const data = { detail: [{ loc: ["body", "password"], msg: "String should have at least 8 characters" }] };
    expect(errorMessage(new HttpError(422, data))).toBe("String should have at least 8 characters");
  });

  it("uses a network error's message", () => {
    expect(errorMessage(new TypeError("Failed to fetch"))).toBe("Failed to fetch");
  });

  it("falls back when the body says nothing useful", () => {
    expect(errorMessage(new HttpError(500, null))).toBe("Something went wrong.");
    expect(errorMessage("boom")).toBe("Something went wrong.");
  });
});
