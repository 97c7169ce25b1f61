const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Hub youth ids are UUIDs; anything else is never sent to a uuid column. */
export const isUuid = (id: unknown): id is string => typeof id === 'string' && UUID.test(id);
