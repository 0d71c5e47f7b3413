import type { BenchSection } from "./lib";
import { importSection } from "./import";

/** Every benchmark section, in the order they run. */
export const SECTIONS: BenchSection[] = [importSection];
