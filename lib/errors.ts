/**
 * The one error type that crosses layers. Its code says what kind of failure it is;
 * route handlers turn it into a status and actions into `{ ok: false }`. The message
 * is written for the person using the product; details stay in the server log.
 */
export type ErrorCode = "bad_request" | "unauthorised" | "forbidden" | "not_found" | "conflict" | "too_many_requests" | "unavailable";

const statusByCode: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorised: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_many_requests: 429,
  unavailable: 503,
};

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly detail?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return statusByCode[this.code];
  }
}
