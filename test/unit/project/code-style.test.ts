import { describe, expect, it } from 'vitest';
import { inferCodeStyle } from '../../../src/project/code-style.js';
import { tempProject } from './temp-project.js';

function styleOf(source: string) {
  return inferCodeStyle(tempProject({ 'src/a.ts': source }), ['src/a.ts']).options;
}

describe('inferCodeStyle', () => {
  it('reads single quotes, no semicolons and two-space indentation', () => {
    const source = "import { a } from './a'\n\n/**\n * doc\n */\nexport function f() {\n  return a('x')\n}\n";

    expect(styleOf(source)).toEqual({ singleQuote: true, semi: false, tabWidth: 2 });
  });

  it('reads double quotes, semicolons and tabs', () => {
    const source = 'import { a } from "./a";\nexport const b = 1;\nexport function f() {\n\treturn a("x");\n}\n';

    expect(styleOf(source)).toEqual({ singleQuote: false, semi: true, useTabs: true });
  });

  it('reads four-space indentation from nested code', () => {
    const source = 'export function f() {\n    if (true) {\n        return 1;\n    }\n}\n';

    expect(styleOf(source)).toEqual({ tabWidth: 4 });
  });

  it('finds nothing to follow in a project without source files', () => {
    expect(inferCodeStyle(tempProject({}), [])).toEqual({ evidence: [] });
  });
});
