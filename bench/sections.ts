import type { BenchSection } from "./lib";
import { importSection } from "./import";
import { searchSection } from "./search";
import { tableSection } from "./table";
import { browserSection } from "./browser";

/** Every benchmark section, in the order they run. */
export const SECTIONS: BenchSection[] = [searchSection, importSection, tableSection, browserSection];
