/** How /docs describes the credentials: a bearer JWT or an API key in the X-API-Key header. */
export const SECURITY_SCHEMES = {
  bearerAuth: {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'A JWT signed with HS256 whose `roles` claim lists reader, writer or admin.',
  },
  apiKey: {
    type: 'apiKey',
    in: 'header',
    name: 'x-api-key',
    description: 'The API key of a service client (API_KEYS).',
  },
} as const;

/** What a protected route accepts: either scheme. */
export const ROUTE_SECURITY: Record<string, string[]>[] = [{ bearerAuth: [] }, { apiKey: [] }];
