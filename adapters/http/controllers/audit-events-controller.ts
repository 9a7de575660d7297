import type { Readable } from "node:stream";
import { Get, Produces, Query, Request, Response, Route, Security, Tags } from "@tsoa/runtime";
import { inject, injectable } from "inversify";
import type { Request as KoaRequest } from "koa";
import { ExportAuditEvents } from "../../../core/audit/export-audit-events.js";
import { ListAuditEvents } from "../../../core/audit/list-audit-events.js";
import { ListMyAuditEvents } from "../../../core/audit/list-my-audit-events.js";
import { auditCsv } from "../audit/audit-csv.js";
import {
  type AuditActionName,
  type AuditEventsPublic,
  type AuditOutcomeName,
  auditEventsPublic,
} from "../audit/audit-shapes.js";
import { BEARER, principalOf, SUPERUSER } from "../authentication.js";
import { auditFilters } from "../list-queries.js";
import type { UUID } from "../shared-shapes.js";
import type { HTTPValidationError } from "../validation-error.js";

@injectable()
@Route("api/v1")
@Response<HTTPValidationError>(422, "Validation Error")
export class AuditEventsController {
  constructor(
    @inject(ListAuditEvents) private readonly listEvents: ListAuditEvents,
    @inject(ExportAuditEvents) private readonly exportEvents: ExportAuditEvents,
    @inject(ListMyAuditEvents) private readonly listMine: ListMyAuditEvents,
  ) {}

  // Paging bounds are repeated per list operation on purpose: a tsoa @Queries() object would add a `Paging` schema
  // to the OpenAPI document's components (a change on the wire; tried with `npm run generate`).
  /**
   * The audit log, newest first (superuser only).
   * @param action Only this action.
   * @param actor_id Only events by this user.
   * @param target_id Only events about this user, item or session.
   * @param outcome Only successes or only failures.
   * @param since Only events at or after this moment (ISO 8601).
   * @param until Only events at or before this moment (ISO 8601).
   * @param q A case-insensitive substring of the actor's e-mail (% and _ are plain characters).
   * @minLength q 1
   * @maxLength q 200
   * @isInt skip invalid integer number
   * @minimum skip 0
   * @maximum skip 9007199254740991
   * @isInt limit invalid integer number
   * @minimum limit 1
   * @maximum limit 1000
   */
  @Get("audit-events/")
  @Tags("audit")
  @Security(BEARER, [SUPERUSER])
  public async readAuditEvents(
    @Request() request: KoaRequest,
    @Query() skip = 0,
    @Query() limit = 100,
    @Query() action?: AuditActionName,
    @Query() actor_id?: UUID,
    @Query() target_id?: UUID,
    @Query() outcome?: AuditOutcomeName,
    @Query() since?: Date,
    @Query() until?: Date,
    @Query() q?: string,
  ): Promise<AuditEventsPublic> {
    const filters = auditFilters({ action, actor_id, target_id, outcome, since, until, q });
    return auditEventsPublic(await this.listEvents.execute(principalOf(request).actor, { skip, limit }, filters));
  }

  /**
   * The audit log as a CSV file, newest first, with the same filters as the list (superuser only).
   * The file is streamed as it is read from the database.
   * @param action Only this action.
   * @param actor_id Only events by this user.
   * @param target_id Only events about this user, item or session.
   * @param outcome Only successes or only failures.
   * @param since Only events at or after this moment (ISO 8601).
   * @param until Only events at or before this moment (ISO 8601).
   * @param q A case-insensitive substring of the actor's e-mail (% and _ are plain characters).
   * @minLength q 1
   * @maxLength q 200
   */
  @Get("audit-events/export")
  @Tags("audit")
  @Security(BEARER, [SUPERUSER])
  @Produces("text/csv")
  public async exportAuditEvents(
    @Request() request: KoaRequest,
    @Query() action?: AuditActionName,
    @Query() actor_id?: UUID,
    @Query() target_id?: UUID,
    @Query() outcome?: AuditOutcomeName,
    @Query() since?: Date,
    @Query() until?: Date,
    @Query() q?: string,
  ): Promise<Readable> {
    const filters = auditFilters({ action, actor_id, target_id, outcome, since, until, q });
    const csv = await auditCsv(this.exportEvents.execute(principalOf(request).actor, filters));
    request.ctx.set("Content-Type", "text/csv; charset=utf-8");
    request.ctx.set("Content-Disposition", 'attachment; filename="audit-events.csv"');
    request.ctx.set("Cache-Control", "no-store");
    return csv;
  }

  /**
   * The caller's own security activity (`auth.*` events where they acted or were the target), newest first.
   * @isInt skip invalid integer number
   * @minimum skip 0
   * @maximum skip 9007199254740991
   * @isInt limit invalid integer number
   * @minimum limit 1
   * @maximum limit 1000
   */
  @Get("users/me/audit-events")
  @Tags("users")
  @Security(BEARER)
  public async readMyAuditEvents(
    @Request() request: KoaRequest,
    @Query() skip = 0,
    @Query() limit = 100,
  ): Promise<AuditEventsPublic> {
    return auditEventsPublic(await this.listMine.execute(principalOf(request).actor, { skip, limit }));
  }
}
