import { type FieldErrors, ValidationService } from "@tsoa/runtime";

/**
 * tsoa's validation with one coercion removed: with body coercion on (tsoa's default, like pydantic's lax mode
 * for `"true"`), a JSON `null` became `false`, so `"is_active": null` silently deactivated an account. A null
 * boolean in a body is refused like the reference (`bool_type`); strings and numbers already refuse null.
 */
export class StrictValidationService extends ValidationService {
  override validateBool(
    name: string,
    value: unknown,
    fieldErrors: FieldErrors,
    isBodyParam: boolean,
    validators?: Parameters<ValidationService["validateBool"]>[4],
    parent = "",
  ): unknown {
    if (isBodyParam && value === null) {
      fieldErrors[parent + name] = { message: "invalid boolean value", value };
      return undefined;
    }
    return super.validateBool(name, value, fieldErrors, isBodyParam, validators, parent);
  }
}
