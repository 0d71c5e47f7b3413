import type { CliCommand } from "./command";

/** Every subcommand, in the order help lists them. */
export const COMMANDS: CliCommand[] = [];
