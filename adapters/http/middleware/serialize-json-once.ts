import type { Middleware } from "koa";

/**
 * Serialises an object body to a JSON string once. Without it koa-compress asks for the body's length (Koa
 * stringifies it to count) and Koa stringifies it again to send it: twice the work on every JSON answer.
 */
export const serializeJsonOnce: Middleware = async (ctx, next) => {
  await next();
  const body: unknown = ctx.body;
  if (body === null || body === undefined || typeof body !== "object") return;
  if (Buffer.isBuffer(body) || typeof (body as { pipe?: unknown }).pipe === "function") return;
  const type = ctx.response.get("Content-Type");
  ctx.body = JSON.stringify(body);
  ctx.type = type || "application/json";
};
