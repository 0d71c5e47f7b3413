import type { CliCommand } from "./command";
import { tableCommand } from "./table";

/** Every subcommand, in the order help lists them. */
export const COMMANDS: CliCommand[] = [tableCommand];
