import type { CliCommand } from "./command";
import { importCommand } from "./import";
import { parseCommand } from "./parse";

/** Every subcommand, in the order help lists them. */
export const COMMANDS: CliCommand[] = [parseCommand, importCommand];
