import { t } from "../i18n/index.js";
import { httpStatus } from "./http-error.js";

/** The text an error toast shows: the API's `detail` (first 422 message), a network error's message, or a fallback. */
export const errorMessage = (error: unknown): string => {
  if (httpStatus(error) !== undefined) {
    const data = (error as { data?: unknown }).data;
    const detail = typeof data === "object" && data !== null && "detail" in data ? data.detail : undefined;
    if (typeof detail === "string") return detail;
    if (Array.isArray(detail)) {
      const first: unknown = detail[0];
      if (typeof first === "object" && first !== null && "msg" in first && typeof first.msg === "string") {
        return first.msg;
      }
    }
    return t("toast.fallback");
  }
  if (error instanceof Error && error.message) return error.message;
  return t("toast.fallback");
};
