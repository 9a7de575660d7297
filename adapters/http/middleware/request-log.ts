/** Which requests get the one log line: every one, those answered with 400 or above, or none. */
export const REQUEST_LOG_MODES = ["all", "errors", "off"] as const;
export type RequestLogMode = (typeof REQUEST_LOG_MODES)[number];

export function logsRequest(mode: RequestLogMode, status: number): boolean {
  return mode === "all" || (mode === "errors" && status >= 400);
}
