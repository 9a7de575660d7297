/** The body of a 429 answer, e.g. `{"detail":"Too many requests. Try again in 60 seconds."}`. */
export interface TooManyRequests {
  detail: string;
}

/** The headers of a 429 answer. */
export interface RetryAfterHeader {
  /** Whole seconds until the caller may try again, e.g. `60`. */
  "Retry-After": string;
}

/** The body of a 503 answer when every password-hashing slot is taken and the queue is full. */
export interface ServiceBusy {
  detail: "Service busy, try again";
}
