/** The shape of one catalogue row, and the helpers that fill its capability-derived fields. */
import { CAPABILITIES, type CapabilityId } from './capabilities.js';

export type { CapabilityId } from './capabilities.js';

export type Category =
  'language' | 'web' | 'api' | 'data' | 'messaging' | 'security' | 'ai' | 'testing' | 'quality' | 'operations';

/** `available`: `agent-backend add` (or `create --features`) adds it on demand */
export type TechnologyStatus = 'generated' | 'available' | 'planned' | 'not-applicable';

export interface Technology {
  id: string;
  name: string;
  /** strings match case-insensitively, spaces also matching `_`/`-`; RegExps match as written */
  aliases: readonly (string | RegExp)[];
  category: Category;
  capability: CapabilityId | null;
  /** what it becomes in the generated TypeScript service */
  translation: string;
  /** npm name → pinned range */
  packages: Record<string, string>;
  /** generated files that implement it */
  files: readonly string[];
  status: TechnologyStatus;
  /** why it is not generated (every 'planned' and 'not-applicable' row has one) */
  reason?: string;
}

type Outcome = Pick<Technology, 'capability' | 'translation' | 'packages' | 'files' | 'status' | 'reason'>;

/** Turned on by generating `capability`; `files` narrows the capability's files to the ones that matter here. */
export function generated(capability: CapabilityId, translation: string, files?: readonly string[]): Outcome {
  const cap = CAPABILITIES[capability];
  if (cap.status !== 'generated') throw new Error(`capability ${capability} is not generated`);
  return { capability, translation, packages: cap.packages, files: files ?? cap.files, status: 'generated' };
}

/** A capability a later command adds. */
export function planned(capability: CapabilityId, translation: string, packages?: Record<string, string>): Outcome {
  const cap = CAPABILITIES[capability];
  if (cap.status === 'generated') throw new Error(`capability ${capability} is generated, not planned`);
  if (cap.status === 'available') {
    const reason = `add it: \`${cap.howTo}\``;
    return { capability, translation, packages: packages ?? cap.packages, files: cap.files, status: 'available', reason };
  }
  const reason = `planned: \`${cap.howTo}\``;
  return { capability, translation, packages: packages ?? cap.packages, files: [], status: 'planned', reason };
}

/** Named by specs, but nothing the tool generates corresponds to it. */
export function notApplicable(reason: string, translation = '—'): Outcome {
  return { capability: null, translation, packages: {}, files: [], status: 'not-applicable', reason };
}
