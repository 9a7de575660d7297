import { describe, expect, it } from "vitest";
import { incomingWithoutQuery, outgoingWithoutQuery } from "./span-urls.js";

describe("span URL attributes", () => {
  it("drop the query of an incoming request", () => {
    expect(incomingWithoutQuery()).toEqual({ "url.query": undefined });
  });

  it("give an outgoing request's full URL without its query", () => {
    const options = { protocol: "https:", hostname: "hooks.example.com", port: 8443, path: "/notify?token=secret" };
    expect(outgoingWithoutQuery(options)).toEqual({ "url.full": "https://hooks.example.com:8443/notify" });
    expect(outgoingWithoutQuery({ host: "example.com" })).toEqual({ "url.full": "http://example.com/" });
  });
});
