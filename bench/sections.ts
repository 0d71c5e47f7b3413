import type { BenchSection } from "./lib";
import { importSection } from "./import";
import { tableSection } from "./table";

/** Every benchmark section, in the order they run. */
export const SECTIONS: BenchSection[] = [importSection, tableSection];
