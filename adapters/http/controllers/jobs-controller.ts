import { Get, Path, Post, Query, Request, Response, Route, Security, Tags } from "@tsoa/runtime";
import { inject, injectable } from "inversify";
import type { Request as KoaRequest } from "koa";
import { ListJobs } from "../../../core/jobs/list-jobs.js";
import { RetryJob } from "../../../core/jobs/retry-job.js";
import { BEARER, principalOf, SUPERUSER } from "../authentication.js";
import {
  type JobPublic,
  type JobStateName,
  type JobsPublic,
  jobPublic,
  jobsPublic,
  type QueueCountsPublic,
  queueCountsPublic,
} from "../jobs/job-shapes.js";
import type { UUID } from "../shared-shapes.js";
import type { HTTPValidationError } from "../validation-error.js";

@injectable()
@Route("api/v1/jobs")
@Tags("jobs")
@Security(BEARER, [SUPERUSER])
@Response<HTTPValidationError>(422, "Validation Error")
export class JobsController {
  constructor(
    @inject(ListJobs) private readonly listJobs: ListJobs,
    @inject(RetryJob) private readonly retryJob: RetryJob,
  ) {}

  /**
   * The background jobs, failed ones first, then the newest (superuser only). Completed jobs are kept a day, failed
   * ones JOB_FAILED_RETENTION_DAYS.
   * @param state Only jobs in this state.
   * @param queue Only jobs of this queue.
   * @minLength queue 1
   * @maxLength queue 100
   * @isInt skip invalid integer number
   * @minimum skip 0
   * @maximum skip 9007199254740991
   * @isInt limit invalid integer number
   * @minimum limit 1
   * @maximum limit 1000
   */
  @Get("/")
  public async readJobs(
    @Request() request: KoaRequest,
    @Query() skip = 0,
    @Query() limit = 100,
    @Query() state?: JobStateName,
    @Query() queue?: string,
  ): Promise<JobsPublic> {
    return jobsPublic(await this.listJobs.execute(principalOf(request).actor, { skip, limit }, { state, queue }));
  }

  /** How many jobs each queue holds in each state (superuser only). */
  @Get("counts")
  public async readJobCounts(@Request() request: KoaRequest): Promise<QueueCountsPublic[]> {
    return queueCountsPublic(await this.listJobs.counts(principalOf(request).actor));
  }

  /**
   * Gives a failed job one more attempt (superuser only): 404 `Job not found` for an unknown id, 409 for a job
   * that is not failed.
   */
  @Post("{job_id}/retry")
  public async retryFailedJob(@Request() request: KoaRequest, @Path() job_id: UUID): Promise<JobPublic> {
    return jobPublic(await this.retryJob.execute(principalOf(request).actor, job_id));
  }
}
