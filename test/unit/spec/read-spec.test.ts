import { describe, expect, it } from 'vitest';
import { readSpec } from '../../../src/spec/read-spec.js';
import { fixture } from './fixture-paths.js';

interface Expected {
  format: string;
  name: string | undefined;
  bodyStartLine: number;
  tools?: string[];
  /** `line: text` fragments the single warning must contain, or none */
  warning?: RegExp;
}

const cases: [string, Expected][] = [
  [
    'invalid-yaml-examples.md',
    {
      format: 'lines',
      name: 'api-reviewer',
      bodyStartLine: 8,
      tools: ['Read', 'Grep'],
      warning: /invalid-yaml-examples\.md:5: front matter is not valid YAML/,
    },
  ],
  [
    'bold-value.md',
    {
      format: 'lines',
      name: 'monolith-keeper',
      bodyStartLine: 5,
      warning: /bold-value\.md:3: front matter is not valid YAML/,
    },
  ],
  [
    'bad-indentation.md',
    {
      format: 'lines',
      name: 'data-engineer',
      bodyStartLine: 9,
      tools: ['Read', 'Write', 'Bash'],
      warning: /bad-indentation\.md:6: /,
    },
  ],
  ['toml-front-matter.md', { format: 'toml', name: 'stream-smith', bodyStartLine: 6, tools: ['Read', 'Edit'] }],
  ['no-front-matter.md', { format: 'none', name: undefined, bodyStartLine: 1 }],
  [
    'blank-before-dashes.md',
    {
      format: 'yaml',
      name: 'spacer',
      bodyStartLine: 7,
      warning: /blank-before-dashes\.md:3: blank line\(s\) before the opening delimiter/,
    },
  ],
  ['crlf.md', { format: 'yaml', name: 'windows-dev', bodyStartLine: 5 }],
  ['bom.md', { format: 'yaml', name: 'bom-agent', bodyStartLine: 4 }],
  ['tools-string.md', { format: 'yaml', name: 'shell-runner', bodyStartLine: 5, tools: ['Read', 'Write', 'Bash'] }],
  [
    'tools-list.md',
    { format: 'yaml', name: 'container-captain', bodyStartLine: 8, tools: ['Read', 'Docker', 'Kubernetes'] },
  ],
  ['agent-key.md', { format: 'yaml', name: 'queue-worker', bodyStartLine: 5 }],
  ['emoji-name.md', { format: 'yaml', name: '🚀 Rocket Backend Dev', bodyStartLine: 5 }],
  ['chinese-glued.md', { format: 'yaml', name: '后端开发者', bodyStartLine: 5 }],
  ['korean-glued.md', { format: 'yaml', name: '백엔드 개발자', bodyStartLine: 4 }],
  ['look-alikes.md', { format: 'yaml', name: 'schema-tuner', bodyStartLine: 5 }],
  [
    'unclosed.md',
    {
      format: 'none',
      name: undefined,
      bodyStartLine: 1,
      warning: /unclosed\.md:1: front matter opened here is never closed/,
    },
  ],
];

describe('readSpec', () => {
  it.each(cases)('reads %s with the expected format, name, tools, body start and warnings', async (file, expected) => {
    const spec = await readSpec(fixture(file));

    expect(spec.format).toBe(expected.format);
    expect(spec.name).toBe(expected.name);
    expect(spec.bodyStartLine).toBe(expected.bodyStartLine);
    expect(spec.tools).toEqual(expected.tools ?? []);
    if (expected.warning) {
      expect(spec.warnings).toHaveLength(1);
      expect(spec.warnings[0]).toMatch(expected.warning);
    } else {
      expect(spec.warnings).toEqual([]);
    }
  });

  it('keeps the body text starting at bodyStartLine, whatever the line ends', async () => {
    const spec = await readSpec(fixture('crlf.md'));

    expect(spec.lines[spec.bodyStartLine - 1]).toBe('');
    expect(spec.body).toBe(spec.lines.slice(spec.bodyStartLine - 1).join('\n'));
    expect(spec.body).not.toContain('\r');
    expect(spec.lines[5]).toBe('Serves WebSocket clients.');
  });

  it('drops the BOM so the first line is the opening delimiter', async () => {
    const spec = await readSpec(fixture('bom.md'));

    expect(spec.lines[0]).toBe('---');
  });

  it('reads an unquoted description with Examples: and Context: lines as one text', async () => {
    const spec = await readSpec(fixture('invalid-yaml-examples.md'));

    expect(spec.description).toBe(
      'Use this agent when a FastAPI route needs a second pair of eyes. Examples: Context: the user added an endpoint. user: "review it" assistant: "on it"',
    );
    expect(spec.frontMatterKeys.map((k) => [k.key, k.firstLine, k.lastLine])).toEqual([
      ['name', 2, 2],
      ['description', 3, 5],
      ['tools', 6, 6],
    ]);
  });

  it('keeps front-matter keys it does not know', async () => {
    const spec = await readSpec(fixture('toml-front-matter.md'));

    expect(spec.frontMatter).toEqual({
      name: 'stream-smith',
      description: 'Builds event pipelines on Kafka',
      tools: ['Read', 'Edit'],
    });
  });
});
