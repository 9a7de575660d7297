import "reflect-metadata";
import type { IocContainer, IocContainerFactory } from "@tsoa/runtime";
import type { Container } from "inversify";
import type { Request } from "koa";

/** The container of the app serving this request (set by app.ts), so several apps can share one process. */
export const containerOf = (request: Request): Container => request.ctx.state.container as Container;

const controllersOf = new WeakMap<Container, IocContainer>();

/**
 * The controllers of one container, each resolved on first use and then shared by every request: controllers hold
 * no per-request state (headers and status go on the Koa context), so one instance serves concurrent requests.
 */
function sharedControllers(container: Container): IocContainer {
  const instances = new Map<unknown, unknown>();
  const get = <T>(controller: unknown): T => {
    let instance = instances.get(controller);
    if (instance === undefined) {
      instance = container.get(controller as never);
      instances.set(controller, instance);
    }
    return instance as T;
  };
  return { get } as IocContainer;
}

/** tsoa's IoC hook: controllers come from the serving app's Inversify container, resolved once per container. */
export const iocContainer: IocContainerFactory = (request: unknown): IocContainer => {
  const container = containerOf(request as Request);
  let controllers = controllersOf.get(container);
  if (!controllers) {
    controllers = sharedControllers(container);
    controllersOf.set(container, controllers);
  }
  return controllers;
};
