import "reflect-metadata";
import type { IocContainer, IocContainerFactory } from "@tsoa/runtime";
import type { Container } from "inversify";
import type { Request } from "koa";

/** The container of the app serving this request (set by app.ts), so several apps can share one process. */
export const containerOf = (request: Request): Container => request.ctx.state.container as Container;

/** tsoa's IoC hook: controllers come from the serving app's Inversify container. */
export const iocContainer: IocContainerFactory = (request: unknown): IocContainer => {
  const container = containerOf(request as Request);
  const get = <T>(controller: unknown): Promise<T> => container.getAsync<T>(controller as never);
  return { get } as IocContainer;
};
