import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkServiceName, checkTargetFolder } from '../../../src/create/target-folder.js';

describe('checkServiceName', () => {
  it.each(['my-service', 'orders', 'a1.b_c'])('accepts %s', (name) => {
    expect(() => checkServiceName(name)).not.toThrow();
  });

  it.each(['My Service', '-x', 'café', 'UPPER', 'node_modules', 'favicon.ico'])('rejects %j and says how to name it', (name) => {
    expect(() => checkServiceName(name)).toThrow(
      `"${name}" is not a valid service name — give <dir> a folder name npm takes as a package name (lowercase letters, digits, - . _), e.g. my-service`,
    );
  });
});

describe('checkTargetFolder', () => {
  const root = mkdtempSync(join(tmpdir(), 'cab-target-'));

  it('accepts a folder that does not exist yet, or holds only .git', () => {
    expect(() => checkTargetFolder(join(root, 'new'), false)).not.toThrow();
    mkdirSync(join(root, 'with-git', '.git'), { recursive: true });
    expect(() => checkTargetFolder(join(root, 'with-git'), false)).not.toThrow();
  });

  it('refuses a non-empty folder unless forced', () => {
    mkdirSync(join(root, 'full'));
    writeFileSync(join(root, 'full', 'notes.txt'), 'x');
    expect(() => checkTargetFolder(join(root, 'full'), false)).toThrow(
      `${join(root, 'full')} is not empty (1 entry) — choose an empty or new folder, or pass --force to write into it`,
    );
    expect(() => checkTargetFolder(join(root, 'full'), true)).not.toThrow();
  });

  it('refuses a path that is a file', () => {
    writeFileSync(join(root, 'file'), 'x');
    expect(() => checkTargetFolder(join(root, 'file'), true)).toThrow('is a file, not a folder');
  });
});
