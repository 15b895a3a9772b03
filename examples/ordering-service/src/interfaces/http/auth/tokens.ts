/**
 * Bearer tokens: HS256, signed and verified with fast-jwt, the library @fastify/jwt wraps. Used
 * directly and put on the app as `app.jwt`, it adds nothing to a request: the plugin's request and
 * reply decorators (`request.user`, `jwtVerify`, `jwtSign`), which this service does not use, made
 * every GET cost ~14 % more CPU (docs/decisions/service-bearer-tokens.md).
 */
import { createSigner, createVerifier, type SignerOptions } from 'fast-jwt';
import type { TokenClaims } from './token-claims.js';

export interface TokenSettings {
  readonly secret: string;
  /** when set, tokens are signed with this `iss` and must carry it */
  readonly issuer?: string | undefined;
  /** when set, tokens are signed with this `aud` and must carry it */
  readonly audience?: string | undefined;
}

export interface Tokens {
  /** A token for `claims`, valid for 15 minutes unless `options` say otherwise. */
  sign(claims: TokenClaims, options?: Partial<SignerOptions>): string;
  /** The claims of a token signed here; throws fast-jwt's TokenError (`FAST_JWT_EXPIRED`, …). */
  verify(token: string): Readonly<Record<string, unknown>>;
}

export function bearerTokens({ secret, issuer: iss, audience: aud }: TokenSettings): Tokens {
  const signing = {
    key: secret,
    algorithm: 'HS256',
    expiresIn: '15m',
    ...(iss && { iss }),
    ...(aud && { aud }),
  } as const;
  const sign = createSigner<TokenClaims>(signing);
  const verify = createVerifier({
    key: secret,
    algorithms: ['HS256'],
    requiredClaims: ['sub', 'exp'],
    ...(iss && { allowedIss: iss }),
    ...(aud && { allowedAud: aud }),
  });
  return {
    sign: (claims, options) =>
      options === undefined
        ? sign(claims)
        : createSigner<TokenClaims>({ ...signing, ...options })(claims),
    verify: (token) => verify(token) as Readonly<Record<string, unknown>>,
  };
}
