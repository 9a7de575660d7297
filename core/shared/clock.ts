/** The current time, as a port so use cases about expiry can be tested at any moment. */
export interface Clock {
  now(): Date;
}
