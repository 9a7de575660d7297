import { describe, expect, it } from "vitest";
import { User } from "./user.js";

describe("User.isSelf", () => {
  it("is true only for the actor's own account", () => {
    expect(User.isSelf({ id: "a" }, { id: "a" })).toBe(true);
    expect(User.isSelf({ id: "a" }, { id: "b" })).toBe(false);
  });
});
