import type { AddressInfo } from "node:net";
import Koa from "koa";
import compress from "koa-compress";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isClientDisconnect } from "./client-disconnect.js";
import { serializeJsonOnce } from "./serialize-json-once.js";

describe("serializeJsonOnce behind koa-compress", () => {
  const big = { data: Array.from({ length: 200 }, (_, index) => ({ index, title: "item ".repeat(5) })), count: 200 };
  let server: ReturnType<Koa["listen"]>;
  let baseUrl: string;

  beforeAll(async () => {
    const app = new Koa();
    app.use(compress({ threshold: 0 }));
    app.use(serializeJsonOnce);
    app.use((ctx) => {
      if (ctx.path === "/object") ctx.body = big;
      else if (ctx.path === "/text") ctx.body = "plain words";
      else ctx.body = true;
    });
    server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it("sends an object body as JSON, compressed when asked", async () => {
    const response = await fetch(`${baseUrl}/object`, { headers: { "Accept-Encoding": "gzip" } });
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("content-encoding")).toBe("gzip");
    expect(await response.json()).toEqual(big);
  });

  it("leaves strings and JSON literals as Koa sends them", async () => {
    const text = await fetch(`${baseUrl}/text`);
    expect(text.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await text.text()).toBe("plain words");
    expect(await (await fetch(`${baseUrl}/literal`)).json()).toBe(true);
  });
});

describe("isClientDisconnect", () => {
  it("recognises a client hanging up and nothing else", () => {
    const withCode = (code: string) => Object.assign(new Error(code), { code });
    expect(
      ["ERR_STREAM_PREMATURE_CLOSE", "ECONNRESET", "EPIPE"].map((code) => isClientDisconnect(withCode(code))),
    ).toEqual([true, true, true]);
    expect([withCode("ENOENT"), new Error("boom"), null, "ECONNRESET"].map(isClientDisconnect)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
