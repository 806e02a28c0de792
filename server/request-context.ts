import { AsyncLocalStorage } from "node:async_hooks";

/**
 * What the HTTP server knows about the request being served, for code deep inside
 * Next.js: its id, a signal that fires when the client goes away before the answer is
 * complete, and the audited views it has recorded (so that a view whose page never
 * reached anyone can be marked undelivered in the audit trail).
 */
export interface RequestContext {
  id: string;
  signal: AbortSignal;
  views: { entityType: string; entityId: string }[];
  /** The signed-in account, once the session has been read: the request log names it by id. */
  userId?: number;
}

// On globalThis: the server script and Next.js's bundles each load this module, and must share one store.
const holder = globalThis as typeof globalThis & { [key: symbol]: AsyncLocalStorage<RequestContext> | undefined };
const KEY = Symbol.for("psd-cases.request-context");
const storage = (holder[KEY] ??= new AsyncLocalStorage<RequestContext>());

export function runInRequest<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work);
}

export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}

/** Whether the client of the current request has gone away: work for it can stop. */
export function clientGone(): boolean {
  return currentRequest()?.signal.aborted ?? false;
}

/** Notes an audited view, to be marked undelivered if its page never reaches the client. */
export function noteAuditedView(entityType: string, entityId: string): string | undefined {
  const context = currentRequest();
  context?.views.push({ entityType, entityId });
  return context?.id;
}

export interface ResponseLike {
  readonly writableFinished: boolean;
  once(event: "close", listener: () => void): unknown;
}

/**
 * Starts a request's context: the signal fires, and `onUndelivered` is called with the
 * views it recorded, when the connection closes before the whole answer was written.
 */
export function watchDelivery(id: string, res: ResponseLike, onUndelivered: (context: RequestContext) => void): RequestContext {
  const controller = new AbortController();
  const context: RequestContext = { id, signal: controller.signal, views: [] };
  res.once("close", () => {
    if (res.writableFinished) return;
    controller.abort();
    if (context.views.length > 0) onUndelivered(context);
  });
  return context;
}

/** Records who the current request is for, for the request log. */
export function noteRequestUser(userId: number): void {
  const context = currentRequest();
  if (context) context.userId = userId;
}
