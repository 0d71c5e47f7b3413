import type { CliCommand } from "./command";
import { importCommand } from "./import";
import { parseCommand } from "./parse";
import { searchCommand } from "./search";
import { tableCommand } from "./table";

/** Every subcommand, in the order help lists them. */
export const COMMANDS: CliCommand[] = [parseCommand, importCommand, searchCommand, tableCommand];
