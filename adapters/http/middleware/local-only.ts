import type { Router } from "@koa/router";
import type { Middleware } from "koa";

const LOCAL_ONLY = Symbol("localOnly");

/** Marks a development-only operation (`@Middlewares(localOnly)`): outside ENVIRONMENT=local it is not registered. */
export const localOnly: Middleware = Object.assign((_ctx: unknown, next: () => Promise<unknown>) => next(), {
  [LOCAL_ONLY]: true,
});

const isLocalOnly = (handler: unknown): boolean => typeof handler === "function" && LOCAL_ONLY in handler;

const verbs = new Set(["get", "post", "put", "patch", "delete", "head", "options", "all"]);

/**
 * The router the generated routes register on. Outside local, the registration of an operation marked `localOnly`
 * is dropped, so its path answers 404 to every method, as if it had never existed.
 */
export function operationRouter(router: Router, local: boolean): Router {
  if (local) return router;
  return new Proxy(router, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof property !== "string" || !verbs.has(property) || typeof value !== "function") return value;
      return (...args: unknown[]) => (args.some(isLocalOnly) ? receiver : value.apply(target, args));
    },
  });
}
