export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  description: string;
  default?: string | boolean;
  multiple?: boolean;
}

export interface ParsedArgs {
  positionals: string[];
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
}

/** What every `commands/<name>.ts` exports as `run`. Returns the exit code (0 when omitted). */
export type CommandRun = (args: ParsedArgs) => Promise<number | void>;

export interface CommandSpec {
  name: string;
  description: string;
  usage: string; // e.g. 'ingest [files…|--all]'
  options: Record<string, OptionSpec>;
  examples: string[];
  load: () => Promise<{ run: CommandRun }>;
}
