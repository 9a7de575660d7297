import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  FULL_NAME_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from "../../../core/users/credential-rules.js";

interface Property {
  readonly minLength?: number;
  readonly maxLength?: number;
}
type Schemas = Record<string, { properties?: Record<string, Property> }>;

const document = JSON.parse(readFileSync(new URL("../generated/swagger.json", import.meta.url), "utf8")) as {
  components: { schemas: Schemas };
};

// The login form takes any password (old accounts may predate the policy); the dev-only route has no rules.
const exempt = new Set(["Body_login_login_access_token", "PrivateUserCreate"]);

const fields = (names: readonly string[]) =>
  Object.entries(document.components.schemas)
    .filter(([schema]) => !exempt.has(schema))
    .flatMap(([schema, { properties = {} }]) =>
      Object.entries(properties)
        .filter(([name]) => names.includes(name))
        .map(([name, property]) => ({ field: `${schema}.${name}`, property })),
    );

// tsoa reads the numbers from JSDoc, which cannot import constants: this keeps the document and the core equal.
describe("the OpenAPI document states the core's credential rules", () => {
  it("gives every password field the core's length bounds", () => {
    const passwords = fields(["password", "new_password", "current_password"]);
    expect(passwords.map(({ field }) => field)).toEqual(
      expect.arrayContaining(["UserRegister.password", "NewPassword.new_password", "UpdatePassword.current_password"]),
    );
    for (const { field, property } of passwords)
      expect({ field, ...property }).toMatchObject({
        field,
        minLength: PASSWORD_MIN_LENGTH,
        maxLength: PASSWORD_MAX_LENGTH,
      });
  });

  it("bounds every writable full name by the core's length", () => {
    const names = fields(["full_name"]).filter(({ field }) => !field.endsWith("Public.full_name"));
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (const { field, property } of names)
      expect({ field, ...property }).toMatchObject({ field, maxLength: FULL_NAME_MAX_LENGTH });
  });
});
