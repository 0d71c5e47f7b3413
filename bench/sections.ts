import type { BenchSection } from "./lib";
import { tableSection } from "./table";

/** Every benchmark section, in the order they run. */
export const SECTIONS: BenchSection[] = [tableSection];
