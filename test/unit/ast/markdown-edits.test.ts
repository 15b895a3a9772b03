import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { ensureMarkdownSection, ensureMarkdownTableRows } from '../../../src/ast/markdown-edits.js';
import { lines } from './edit-source.js';

describe('ensureMarkdownSection', () => {
  const domain = lines('# Domain', '', '## Prompt', '', '```mermaid', '## Invoice', '```', '', 'My notes.');

  it('appends the section after a blank line, once', () => {
    const once = ensureMarkdownSection(domain, '## Invoice', '## Invoice\n\nAn invoice.\n');
    expect(once).toBe(`${domain}\n## Invoice\n\nAn invoice.\n`);
    expect(ensureMarkdownSection(once, '## Invoice', '## Invoice\n\nAn invoice.\n')).toBe(once);
  });

  it('goes above the closing heading, and ignores headings quoted below it', () => {
    const doc = lines('# Domain', '', '## Prompt', '', 'A prompt.', '', '## The domain file', '', '## Invoice', '');
    const out = ensureMarkdownSection(doc, '## Invoice', '## Invoice\n\nAn invoice.\n', {
      before: '## The domain file',
    });
    expect(out).toBe(
      lines(
        '# Domain',
        '',
        '## Prompt',
        '',
        'A prompt.',
        '',
        '## Invoice',
        '',
        'An invoice.',
        '',
        '## The domain file',
        '',
        '## Invoice',
        '',
      ),
    );
    expect(ensureMarkdownSection(out, '## Invoice', 'x', { before: '## The domain file' })).toBe(out);
  });
});

describe('ensureMarkdownTableRows', () => {
  const readme = lines(
    '# svc',
    '',
    '## API',
    '',
    '| Method | Path | What |',
    '| --- | --- | --- |',
    '| GET | /api/v1/prompts | list |',
    '| GET | /health | mine |',
    '',
    '## Development',
  );
  const rows = ['| GET | /api/v1/invoices | list |', '| POST | /api/v1/invoices | create |'];

  it('appends the missing rows after the table’s last row, once', () => {
    const once = ensureMarkdownTableRows(readme, 'README.md', '## API', rows);
    expect(once).toBe(
      lines(
        '# svc',
        '',
        '## API',
        '',
        '| Method | Path | What |',
        '| --- | --- | --- |',
        '| GET | /api/v1/prompts | list |',
        '| GET | /health | mine |',
        '| GET | /api/v1/invoices | list |',
        '| POST | /api/v1/invoices | create |',
        '',
        '## Development',
      ),
    );
    expect(ensureMarkdownTableRows(once, 'README.md', '## API', rows)).toBe(once);
  });

  it('keeps a row whose description the user rewrote', () => {
    const mine = readme.replace(
      '| GET | /api/v1/prompts | list |',
      '| GET  |  /api/v1/invoices | all invoices, paged |',
    );
    const out = ensureMarkdownTableRows(mine, 'README.md', '## API', rows);
    expect(out).toContain('| GET  |  /api/v1/invoices | all invoices, paged |');
    expect(out).not.toContain('| GET | /api/v1/invoices | list |');
  });

  it('realigns a table whose columns were aligned, as prettier would', async () => {
    const aligned = lines(
      '## API',
      '',
      '| method | path           | what                |',
      '| ------ | -------------- | ------------------- |',
      '| GET    | `/health/live` | the process answers |',
    );
    const out = ensureMarkdownTableRows(aligned, 'README.md', '## API', [
      '| DELETE | `/api/v1/invoices/{id}` | delete |',
    ]);
    expect(out).toBe(
      lines(
        '## API',
        '',
        '| method | path                    | what                |',
        '| ------ | ----------------------- | ------------------- |',
        '| GET    | `/health/live`          | the process answers |',
        '| DELETE | `/api/v1/invoices/{id}` | delete              |',
      ),
    );
    expect(await prettier.format(out, { parser: 'markdown' })).toBe(out);
  });

  it('says which heading it looked for', () => {
    expect(() => ensureMarkdownTableRows(lines('# svc'), 'README.md', '## API', rows)).toThrow(
      'README.md: could not find the heading "## API"; restore it, or add the rows by hand',
    );
  });
});
