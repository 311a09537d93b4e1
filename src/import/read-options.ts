// What every reader may be told by its caller: import/ has no clock, so "today" comes in from the app.

export interface ReadOptions {
  /** The user's day (YYYY-MM-DD): dates after it cannot be true. Left out, no date is checked against today. */
  today?: string;
}
