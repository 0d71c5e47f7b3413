import type { CliCommand } from "./command";
import { searchCommand } from "./search";

/** Every subcommand, in the order help lists them. */
export const COMMANDS: CliCommand[] = [searchCommand];
