/**
 * A query's data read without suspending: undefined while it is pending, so whatever surrounds the reader draws at
 * once. A failed query's data is still read, so its error reaches the route's error boundary.
 */
export const settled = <T>(query: { readonly isPending: boolean; readonly data: T | undefined }): T | undefined =>
  query.isPending ? undefined : query.data;
