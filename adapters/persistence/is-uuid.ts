const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a canonical UUID string; anything else cannot be a key, so the query is not worth sending. */
export const isUuid = (value: string): boolean => UUID.test(value);
