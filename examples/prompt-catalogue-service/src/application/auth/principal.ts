/** Who calls a use case: a user (bearer token) or a service client (API key), with its roles. */
export interface Principal {
  readonly id: string;
  readonly kind: 'user' | 'service';
  readonly roles: readonly string[];
}
