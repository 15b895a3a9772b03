/** How the front matter of a spec was read. */
export type SpecFormat = 'yaml' | 'toml' | 'lines' | 'none';

/** Where one top-level front-matter key stands in the file (1-based, inclusive). */
export interface FrontMatterKey {
  key: string;
  firstLine: number;
  lastLine: number;
}

/** A backend-developer agent spec as read from disk: front matter, body and where each stands. */
export interface AgentSpec {
  file: string;
  /** `lines` = the front matter was not valid YAML/TOML and was read line by line */
  format: SpecFormat;
  /** every key of the front matter, unknown ones included */
  frontMatter: Record<string, unknown>;
  /** top-level front-matter keys with their line spans, in file order */
  frontMatterKeys: FrontMatterKey[];
  /** from `name`, `agent` or `title` */
  name?: string;
  description?: string;
  /** `tools` normalised to a list, whether it was written as a list or a comma string */
  tools: string[];
  /** the Markdown after the front matter */
  body: string;
  /** 1-based line of the file where `body` starts */
  bodyStartLine: number;
  /** the file's lines, without line ends and BOM; `lines[n - 1]` is line n */
  lines: string[];
  /** what the reader had to guess, each naming file:line */
  warnings: string[];
}
