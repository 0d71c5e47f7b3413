import { baseCommand } from "./base";
import type { CliCommand } from "./command";
import { exportCommand } from "./export";
import { importCommand } from "./import";
import { parseCommand } from "./parse";
import { searchCommand } from "./search";
import { tableCommand } from "./table";

/** Every subcommand, in the order help lists them. */
export const COMMANDS: CliCommand[] = [parseCommand, importCommand, searchCommand, tableCommand, exportCommand, baseCommand];
