/**
 * tsoa's route generator (tsoa.json "routeGenerator"), with one addition for koa-routes.hbs: each action's
 * `bodyKind`: "json", "form" (its `@Consumes` is urlencoded), or absent without a body parameter. tsoa keeps `@Consumes`
 * for the OpenAPI document only; the routes need it to read a body as the operation declares it.
 */
const { DefaultRouteGenerator } = require("@tsoa/cli");

const bodyKindOf = (method) => {
  if (!method.parameters.some((parameter) => parameter.in === "body" || parameter.in === "body-prop")) return undefined;
  return method.consumes === "application/x-www-form-urlencoded" ? "form" : "json";
};

class ApiRouteGenerator extends DefaultRouteGenerator {
  buildContext() {
    const context = super.buildContext();
    context.controllers.forEach((controller, index) => {
      const methods = this.metadata.controllers[index].methods;
      controller.actions.forEach((action, position) => {
        action.bodyKind = bodyKindOf(methods[position]);
      });
    });
    return context;
  }
}

module.exports = ApiRouteGenerator;
