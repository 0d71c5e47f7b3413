import type { BenchSection } from "./lib";

/** Every benchmark section, in the order they run. */
export const SECTIONS: BenchSection[] = [];
