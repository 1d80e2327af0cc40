/**
 * The usage line of every command: the one text that `nianbao --help`, `nianbao X --help`
 * and each command's own refusal of a bad command line print. Kept apart from main.ts,
 * which runs the program as soon as it is imported.
 */
export const usages = {
  validate: 'validate FILE|- [--json]',
  schema: 'schema',
  import: 'import FILE|- [--out FILE.json] [--findings FILE.json] [--format-version 2019|2021|auto]',
  render: 'render FILE|- [--out DIR] [--format pdf,docx,html] [--lang zh|en|zh-en] [--layout official|screen] [--fonts official|portable] [--base-url URL] [--id ID] [--allow-check-failures]',
  aggregate: 'aggregate FILE... --name NAME [--name-en NAME] [--out DIR] [--format pdf,docx,html,json] [--lang zh|en|zh-en] [--layout official|screen] [--base-url URL] [--allow-check-failures]',
} as const;

export type CommandName = keyof typeof usages;

/** `usage: nianbao <line>` for one command. */
export const usageOf = (name: CommandName) => `usage: nianbao ${usages[name]}`;
