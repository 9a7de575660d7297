import { Navigate } from "@solidjs/router";
import RotateCcw from "lucide-solid/icons/rotate-ccw";
import { Show } from "solid-js";
import { type Column, DataTable } from "../components/data-table.js";
import { FilterSelect } from "../components/filter-select.js";
import { QueueCounts } from "../components/jobs/queue-counts.js";
import { PageHeader } from "../components/page-header.js";
import { Pager } from "../components/pager.js";
import { Button } from "../components/ui/button.js";
import { useCurrentUser } from "../data/current-user.js";
import { JOB_STATES, jobsQuery, jobsViewFields, useRetryJob } from "../data/jobs.js";
import { createUrlListView } from "../data/list-view.js";
import { createPagedQuery } from "../data/paged-query.js";
import { formatDateTime } from "../lib/date-time.js";
import { setTitle } from "../lib/title.js";
import type { JobPublic } from "../lib/types.js";

const stateText = (state: JobPublic["state"]): string => JOB_STATES.find(([value]) => value === state)?.[1] ?? state;

const StateBadge = (props: { state: JobPublic["state"] }) => (
  <span class={props.state === "failed" ? "font-medium text-destructive-text" : ""}>{stateText(props.state)}</span>
);

/** `/admin/jobs`: the background jobs, failed ones first, with a Retry per failed job; for superusers only. */
export default function Jobs() {
  setTitle("Jobs");
  const me = useCurrentUser();
  const superuser = () => me()?.is_superuser === true;
  const list = createUrlListView(jobsViewFields);
  const jobs = createPagedQuery(list, jobsQuery, superuser);
  const retry = useRetryJob();
  const columns: Column<JobPublic>[] = [
    { header: "Queue", cell: (job) => <code class="font-mono text-xs">{job.queue}</code> },
    { header: "State", cell: (job) => <StateBadge state={job.state} /> },
    { header: "Attempts", class: "tabular-nums", cell: (job) => job.attempts },
    {
      header: "Queued at",
      class: "whitespace-nowrap",
      cell: (job) => <time datetime={job.created_at}>{formatDateTime(job.created_at)}</time>,
    },
    {
      header: "Last change",
      class: "whitespace-nowrap",
      cell: (job) => <time datetime={job.updated_at}>{formatDateTime(job.updated_at)}</time>,
    },
    {
      header: "Last error",
      class: "max-w-72 truncate",
      cell: (job) => (
        <Show when={job.last_error} fallback={<span class="text-muted-foreground">—</span>}>
          {(error) => <span title={error()}>{error()}</span>}
        </Show>
      ),
    },
    {
      header: "Actions",
      srOnlyHeader: true,
      class: "w-24 text-right",
      cell: (job) => (
        <Show when={job.state === "failed"}>
          <Button
            variant="outline"
            size="sm"
            loading={retry.isPending && retry.variables?.id === job.id}
            onClick={() => retry.mutate(job)}
          >
            <RotateCcw class="size-4" aria-hidden="true" /> Retry
          </Button>
        </Show>
      ),
    },
  ];
  return (
    <>
      <Show when={me()?.is_superuser === false}>
        <Navigate href="/" />
      </Show>
      <PageHeader title="Jobs" subtitle="E-mails and scheduled work in the background queue" />
      <QueueCounts enabled={superuser()} />
      <div class="mb-4 flex flex-wrap items-center gap-4">
        <FilterSelect
          label="State"
          value={list.view.state}
          options={JOB_STATES}
          onChange={(state) => list.update({ state })}
        />
      </div>
      <DataTable
        columns={columns}
        rows={jobs.rows()}
        loading={jobs.loading()}
        footer={<Pager {...jobs.pager} />}
        empty={list.view.state ? "No jobs in this state." : "No jobs yet."}
      />
    </>
  );
}
