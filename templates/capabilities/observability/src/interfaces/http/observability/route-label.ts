/**
 * The route a request matched, as it was registered (`/api/v1/tenants/:id`): one label value per
 * route, whatever the ids in the URL, so metrics keep a bounded number of series.
 */
/** The label of a request no route matched (a 404 from the not-found handler). */
export const UNMATCHED_ROUTE = '(unmatched)';

/** `request.routeOptions.url` of a Fastify request: the pattern, or undefined when none matched. */
export function routeLabel(request: {
  readonly routeOptions: { readonly url?: string | undefined };
}): string {
  return request.routeOptions.url ?? UNMATCHED_ROUTE;
}
