import { describe, expect, it } from 'vitest';
import { names, words } from '../../src/naming.js';

describe('words', () => {
  it.each([
    ['PromptVersion', ['prompt', 'version']],
    ['prompt_version', ['prompt', 'version']],
    ['prompt-version', ['prompt', 'version']],
    ['prompt version', ['prompt', 'version']],
    ['HTTPServer', ['http', 'server']],
    ['userID', ['user', 'id']],
    ['addressLine2', ['address', 'line2']],
  ])('splits %s into its words', (input, expected) => {
    expect(words(input)).toEqual(expected);
  });
});

describe('names', () => {
  it('gives every spelling of a two-word name', () => {
    expect(names('prompt version')).toEqual({
      pascal: 'PromptVersion',
      camel: 'promptVersion',
      kebab: 'prompt-version',
      snake: 'prompt_version',
      constant: 'PROMPT_VERSION',
      pluralPascal: 'PromptVersions',
      pluralCamel: 'promptVersions',
      pluralKebab: 'prompt-versions',
      pluralSnake: 'prompt_versions',
    });
  });

  it('gives the same names whatever the case style it is written in', () => {
    expect(names('order_line')).toEqual(names('OrderLine'));
    expect(names('order-line')).toEqual(names('orderLine'));
  });

  it.each([
    ['Category', 'Categories'],
    ['Address', 'Addresses'],
    ['Person', 'People'],
    ['Status', 'Statuses'],
    ['OrderLine', 'OrderLines'],
  ])('pluralises the last word of %s', (input, plural) => {
    expect(names(input).pluralPascal).toBe(plural);
  });

  it.each([
    ['Series', 'SeriesList', 'series-list'],
    ['Sheep', 'SheepList', 'sheep-list'],
    ['ModelSettings', 'ModelSettingsList', 'model-settings-list'],
    ['Metadata', 'MetadataList', 'metadata-list'],
  ])('adds List to %s, whose plural is itself, so singular and plural never collide', (input, pascal, kebab) => {
    const result = names(input);

    expect(result).toMatchObject({ pluralPascal: pascal, pluralKebab: kebab });
    expect(result.pluralCamel).not.toBe(result.camel);
  });
});
