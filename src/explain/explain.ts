/** What a spec asks for and what the generator makes of it, as data (`explain --json` prints this). */
import type { BoundedContext } from '../domain-model/types.js';
import type { SpecFormat, AgentSpec } from '../spec/types.js';
import type { CapabilityId, TechnologyStatus } from '../stack/catalogue.js';
import { detectTechnologies } from '../stack/detect.js';

export interface ExplainedTechnology {
  id: string;
  name: string;
  /** lines of the spec file that name it */
  lines: number[];
  translation: string;
  capability: CapabilityId | null;
  status: TechnologyStatus;
  files: readonly string[];
  packages: Record<string, string>;
}

export interface ExplainedAggregate {
  name: string;
  fields: number;
  entities: string[];
  valueObjects: string[];
  events: string[];
  /** the events that declare when:/sets: (each also in events) */
  transitions: string[];
}

export interface ExplainReport {
  spec: { file: string; name?: string; format: SpecFormat; warnings: string[] };
  /** every detected technology, in order of first mention */
  technologies: ExplainedTechnology[];
  /** the detected technologies the generated service does not implement, each with why */
  notImplemented: (ExplainedTechnology & { reason: string })[];
  /** the bounded context's name, when a domain file was given */
  context?: string;
  aggregates: ExplainedAggregate[];
}

export function explain(spec: AgentSpec, domain?: BoundedContext): ExplainReport {
  const detections = detectTechnologies(spec);
  const technologies = detections.map(({ technology: t, mentions }) => ({
    id: t.id,
    name: t.name,
    lines: mentions.map((m) => m.line),
    translation: t.translation,
    capability: t.capability,
    status: t.status,
    files: t.files,
    packages: t.packages,
  }));
  const notImplemented = technologies.flatMap((tech, i) => {
    const reason = detections[i]?.technology.reason;
    return tech.status === 'generated' || tech.status === 'available' ? [] : [{ ...tech, reason: reason ?? 'not generated' }];
  });
  return {
    spec: { file: spec.file, name: spec.name, format: spec.format, warnings: spec.warnings },
    technologies,
    notImplemented,
    context: domain?.names.pascal,
    aggregates: (domain?.aggregates ?? []).map((aggregate) => ({
      name: aggregate.names.pascal,
      fields: aggregate.fields.length,
      entities: aggregate.entities.map((e) => e.names.pascal),
      valueObjects: aggregate.valueObjects.map((v) => v.names.pascal),
      events: aggregate.events.map((e) => e.names.pascal),
      transitions: aggregate.events.filter((e) => e.when !== undefined || e.sets !== undefined).map((e) => e.names.pascal),
    })),
  };
}
