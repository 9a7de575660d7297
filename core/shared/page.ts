/** A window on a list ordered newest first: `skip` rows left out, at most `limit` returned. */
export interface Page {
  readonly skip: number;
  readonly limit: number;
}

/** One page of results and the total number of matching rows. */
export interface Paged<T> {
  readonly data: readonly T[];
  readonly count: number;
}
