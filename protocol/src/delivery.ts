/**
 * Delivery failures (issue 15, item 2). An agency's disclosure row is written before its data
 * leaves, and stays the record of what the agency released. When the gateway then gives up on that
 * agency's part (no answer in time, a broken answer), the viewer never receives it: the gateway
 * reports so to the registry, signed as its requests are (audience `DELIVERY_FAILURE_AUDIENCE`,
 * bound to the user's token, request id and purpose), and the accounting shows the agency's rows
 * of that request as undelivered next to what the agency released.
 */
export const DELIVERY_FAILURE_AUDIENCE = 'mdt/delivery-failure';
export const DELIVERY_FAILURE_PATH = '/delivery-failures';

export interface DeliveryFailureReport {
  /** The subgraph whose part did not reach the viewer (its name, e.g. `health`). */
  subgraph: string;
  /** The youths of that part, as the gateway asked for them (entity representations). */
  youthIds: string[];
}
