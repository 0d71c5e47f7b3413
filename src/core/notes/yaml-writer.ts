/** A value the plugin writes into frontmatter. */
export type YamlScalar = string | number | boolean;
export type YamlValue = YamlScalar | YamlScalar[];

/** Properties that hold a calendar date, written as a plain YAML date so Obsidian shows a date. */
const DATE_PROPERTIES: ReadonlySet<string> = new Set(["imported", "date"]);

/**
 * Characters no YAML parser accepts raw: YAML 1.1 parsers (PyYAML, js-yaml 3)
 * refuse any non-printable character in the stream, quoted or not, so these
 * are always written as escapes.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the purpose here
const NON_PRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufeff\ufffe\uffff]|\p{Surrogate}/gu;

/**
 * Plain strings that a YAML 1.1 or 1.2 parser would read as something else
 * (numbers in any base, sexagesimal, booleans, null, timestamps, merge and
 * value keys) or that start or contain syntax, and so must be quoted.
 */
function needsQuotes(s: string): boolean {
	if (s === "" || s !== s.trim()) return true;
	if (/^(?:~|null|true|false|yes|no|on|off|y|n|<<|=)$/i.test(s)) return true;
	// Numbers as YAML 1.1 reads them too: "1_000", "0b101", and even a lone "." (NaN to some parsers).
	if (/^[-+]?(?:\d[\d_]*|(?:\d[\d_]*)?\.[\d_]*)(?:e[-+]?\d+)?$/i.test(s)) return true;
	if (/^[-+]?(?:0x[0-9a-f_]+|0o[0-7_]+|0b[01_]+|\.inf|\.nan)$/i.test(s)) return true;
	// YAML 1.1 reads 1:20 or 190:20:30.5 as base-60 numbers, and 2024-1-5 (with or without a time) as a timestamp.
	if (/^[-+]?\d[\d_]*(?::[0-5]?\d)+(?:\.[\d_]*)?$/.test(s)) return true;
	if (/^\d{4}-\d{1,2}-\d{1,2}(?:$|[Tt\s])/.test(s)) return true;
	if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(s)) return true;
	if (/: |:$| #|\t/.test(s)) return true;
	// Anything outside printable text (line breaks, control and format characters) needs escapes.
	// eslint-disable-next-line no-control-regex -- matching control characters is the purpose here
	return /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|\p{Surrogate}/u.test(s);
}

/** A YAML double-quoted scalar: JSON's escapes, plus escapes for what JSON leaves raw but YAML may not. */
function quote(s: string): string {
	return JSON.stringify(s)
		.replace(/\u2028/g, "\\u2028")
		.replace(/\u2029/g, "\\u2029")
		.replace(/\u0085/g, "\\N")
		.replace(NON_PRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Whether a string is a real calendar date in the yyyy-MM-dd form. */
function isPlainDate(s: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * A scalar as YAML text. Strings are quoted whenever a parser would retype
 * them; a date stays a plain YAML date only where `asDate` says the
 * property holds one (a paper titled "2024-05-01" keeps its title a string).
 */
export function yamlScalar(v: YamlScalar, asDate = false): string {
	if (typeof v === "number") return Number.isFinite(v) ? String(v) : quote(String(v));
	if (typeof v === "boolean") return v ? "true" : "false";
	if (asDate && isPlainDate(v)) return v;
	return needsQuotes(v) ? quote(v) : v;
}

/** One top-level frontmatter entry, lists in block style: the form Obsidian itself writes. */
export function yamlEntry(key: string, value: YamlValue): string {
	const k = /^[A-Za-z_][\w-]*$/.test(key) && !needsQuotes(key) ? key : quote(key);
	const asDate = DATE_PROPERTIES.has(key);
	if (Array.isArray(value)) {
		if (value.length === 0) return `${k}: []\n`;
		return `${k}:\n${value.map((v) => `  - ${yamlScalar(v, asDate)}\n`).join("")}`;
	}
	return `${k}: ${yamlScalar(value, asDate)}\n`;
}
