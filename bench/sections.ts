import type { BenchSection } from "./lib";
import { importSection } from "./import";
import { searchSection } from "./search";
import { tableSection } from "./table";
import { browserSection } from "./browser";
import { vaultSection } from "./vault";

/** Every benchmark section, in the order they run. */
export const SECTIONS: BenchSection[] = [searchSection, importSection, tableSection, vaultSection, browserSection];
