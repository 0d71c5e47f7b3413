/** A value the plugin writes into frontmatter. */
export type YamlScalar = string | number | boolean;
export type YamlValue = YamlScalar | YamlScalar[];

/**
 * Plain strings that YAML would read as something else (numbers, booleans,
 * null, dates) or that start or contain syntax, and so must be quoted.
 */
function needsQuotes(s: string): boolean {
	if (s === "" || s !== s.trim()) return true;
	if (/^(?:~|null|true|false|yes|no|on|off|y|n)$/i.test(s)) return true;
	if (/^[-+]?(?:\d[\d_]*(?:\.\d*)?(?:e[-+]?\d+)?|\.\d+|0x[0-9a-f]+|0o[0-7]+|\.inf|\.nan)$/i.test(s)) return true;
	// A plain date stays unquoted, as Obsidian writes it, so the property reads as a date.
	if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
	if (/^\d{4}-\d{2}-\d{2}/.test(s)) return true;
	if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(s)) return true;
	if (/: |:$| #|\t/.test(s)) return true;
	// Anything outside printable text (line breaks, control and format characters) needs escapes.
	// eslint-disable-next-line no-control-regex -- matching control characters is the purpose here
	return /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(s);
}

/** A YAML double-quoted scalar: JSON's escapes, plus the line separators JSON leaves raw. */
function quote(s: string): string {
	return JSON.stringify(s).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029").replace(/\u0085/g, "\\N");
}

export function yamlScalar(v: YamlScalar): string {
	if (typeof v === "number") return Number.isFinite(v) ? String(v) : quote(String(v));
	if (typeof v === "boolean") return v ? "true" : "false";
	return needsQuotes(v) ? quote(v) : v;
}

/** One top-level frontmatter entry, lists in block style: the form Obsidian itself writes. */
export function yamlEntry(key: string, value: YamlValue): string {
	const k = /^[A-Za-z_][\w-]*$/.test(key) ? key : quote(key);
	if (Array.isArray(value)) {
		if (value.length === 0) return `${k}: []\n`;
		return `${k}:\n${value.map((v) => `  - ${yamlScalar(v)}\n`).join("")}`;
	}
	return `${k}: ${yamlScalar(value)}\n`;
}
