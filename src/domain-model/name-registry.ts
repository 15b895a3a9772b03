/** Remembers the names declared in one scope and refuses a second declaration of the same name. */
import { fail, type Site } from './site.js';

interface Claim {
  what: string;
  site: Site;
}

/** Where a claim was made, as said in a message: `line 7` or `--field "title:string"`. */
export function where(site: Site): string {
  return site.flag ?? `line ${site.origin.line}`;
}

export class NameRegistry {
  private readonly claims = new Map<string, Claim>();

  /**
   * Claims `key` for `what` (e.g. `field "title"`); fails when it is taken. `written` is the name
   * as the user wrote it, mentioned when normalisation turned it into the clashing one.
   */
  claim(key: string, what: string, site: Site, written?: string): void {
    const earlier = this.claims.get(key);
    if (earlier) {
      const from = written && written !== key ? ` (written "${written}")` : '';
      fail(site, `${what}${from} is already declared as ${earlier.what} at ${where(earlier.site)} — rename one`);
    }
    this.claims.set(key, { what, site });
  }

  /** Where `key` was claimed, if it was. */
  siteOf(key: string): Site | undefined {
    return this.claims.get(key)?.site;
  }
}
