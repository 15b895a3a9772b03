/**
 * A cache of read-side views by aggregate id (cache-aside): reads by id fill it, and every event
 * an aggregate records makes it forget that aggregate's view.
 */
export interface ReadCache {
  /** the view stored under the id, or undefined on a miss */
  get(id: string): Promise<unknown>;
  set(id: string, view: unknown): Promise<void>;
  forget(id: string): Promise<void>;
  close(): Promise<void>;
}
