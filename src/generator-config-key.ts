/**
 * The key Yeoman stores this generator's settings under in `.yo-rc.json`. Its own module, free
 * of imports, so `create` does not load ts-morph (≈ 0.5 s) just to read a constant.
 */
export const GENERATOR_CONFIG_KEY = 'create-agent-backend';
