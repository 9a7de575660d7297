import { describe, expect, it } from "vitest";
import { logsRequest } from "./request-log.js";

describe("the request log line", () => {
  it("is written for every answer in `all`, for 4xx and 5xx in `errors`, never in `off`", () => {
    const statuses = [200, 204, 304, 399, 400, 404, 429, 500, 503];
    expect(statuses.filter((status) => logsRequest("all", status))).toEqual(statuses);
    expect(statuses.filter((status) => logsRequest("errors", status))).toEqual([400, 404, 429, 500, 503]);
    expect(statuses.filter((status) => logsRequest("off", status))).toEqual([]);
  });
});
