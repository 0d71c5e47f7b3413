import { parseArgs } from "node:util";
import { UsageError } from "./io";

export interface OptionSpec {
	type: "string" | "boolean";
	short?: string;
	multiple?: boolean;
	description: string;
	/** Placeholder shown in help for a string option, e.g. "DIR". */
	value?: string;
}

export type OptionSpecs = Record<string, OptionSpec>;

export interface ParsedArgs {
	positionals: string[];
	options: Record<string, string | boolean | string[] | undefined>;
}

/** Parses argv strictly against the specs; any unknown or malformed option is a UsageError. */
export function parseCommandArgs(argv: string[], specs: OptionSpecs): ParsedArgs {
	const options = Object.fromEntries(
		Object.entries(specs).map(([name, s]) => [name, { type: s.type, ...(s.short ? { short: s.short } : {}), ...(s.multiple ? { multiple: true } : {}) }]),
	);
	try {
		const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
		return { positionals, options: values as ParsedArgs["options"] };
	} catch (err) {
		throw new UsageError(err instanceof Error ? firstLine(err.message) : String(err));
	}
}

function firstLine(s: string): string {
	return s.split("\n")[0].replace(/\. To specify a positional argument.*$/, "");
}

/** A string option's value, or undefined; a repeated option keeps the last value. */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
	const v = args.options[name];
	if (Array.isArray(v)) return v[v.length - 1];
	return typeof v === "string" ? v : undefined;
}

export function requireOption(args: ParsedArgs, name: string): string {
	const v = stringOption(args, name);
	if (v === undefined || v === "") throw new UsageError(`missing required option --${name}`);
	return v;
}

export function intOption(args: ParsedArgs, name: string, fallback: number): number {
	const v = stringOption(args, name);
	if (v === undefined) return fallback;
	if (!/^\d+$/.test(v)) throw new UsageError(`--${name} takes a whole number, not ${JSON.stringify(v)}`);
	return Number(v);
}

/** Help lines for a command's options, aligned. */
export function formatOptions(specs: OptionSpecs): string {
	const rows = Object.entries(specs).map(([name, s]) => {
		const flag = `${s.short ? `-${s.short}, ` : "    "}--${name}${s.type === "string" ? ` ${s.value ?? "VALUE"}` : ""}`;
		return [flag, s.description] as const;
	});
	const width = Math.max(0, ...rows.map(([f]) => f.length));
	return rows.map(([f, d]) => `  ${f.padEnd(width)}  ${d}`).join("\n");
}
