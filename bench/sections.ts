import type { BenchSection } from "./lib";
import { searchSection } from "./search";

/** Every benchmark section, in the order they run. */
export const SECTIONS: BenchSection[] = [searchSection];
