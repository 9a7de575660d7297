import { createMutation, queryOptions, useQueryClient } from "@tanstack/solid-query";
import { showSuccess } from "../lib/toast.js";
import type { JobPublic } from "../lib/types.js";
import { api } from "./api.js";
import { type ListView, pageFields } from "./list-view.js";
import type { ParamsOf } from "./paged-query.js";
import { queryKeys } from "./query-keys.js";
import { oneOf, type ViewFields } from "./view-fields.js";

export const JOB_STATES = [
  ["failed", "Failed"],
  ["queued", "Queued"],
  ["active", "Running"],
  ["completed", "Completed"],
] as const;

export type JobState = (typeof JOB_STATES)[number][0];

/** What the Jobs page shows: `/admin/jobs?state=failed&page=2&size=25`. */
export type JobsView = ListView & { state: JobState | undefined };

export const jobsViewFields: ViewFields<JobsView> = {
  state: oneOf(
    JOB_STATES.map(([value]) => value),
    undefined,
  ),
  ...pageFields,
};

/** While jobs are waiting or running, the page looks again this often. */
const REFRESH_MS = 5_000;

/** One page of the jobs (superusers only), failed ones first. */
export const jobsQuery = ({ skip, limit, state }: ParamsOf<JobsView>) => {
  const query = { skip, limit, state };
  return queryOptions({
    queryKey: queryKeys.jobs.list(query),
    queryFn: () => api.readJobs(query),
    refetchInterval: REFRESH_MS,
  });
};

/** How many jobs each queue holds in each state. */
export const jobCountsQuery = () =>
  queryOptions({ queryKey: queryKeys.jobs.counts, queryFn: () => api.readJobCounts({}), refetchInterval: REFRESH_MS });

/** Gives a failed job one more attempt; refreshes the list and the counts. */
export const useRetryJob = () => {
  const client = useQueryClient();
  return createMutation(() => ({
    mutationFn: (job: JobPublic) => api.retryFailedJob({ job_id: job.id }),
    onSuccess: () => showSuccess("The job was put back in the queue"),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.jobs.all }),
  }));
};
