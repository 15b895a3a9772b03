/** The claims this service reads from a bearer token: its subject and its roles. */
export interface TokenClaims {
  sub: string;
  roles?: string[];
}
