import { SurveyParseError } from "./errors";

/** Documents above this size are refused: real surveys are far smaller, and parsing stays well under a second. */
export const MAX_SURVEY_BYTES = 10 * 1024 * 1024;

/**
 * Turns raw input (bytes from disk or text from the vault) into clean text:
 * refuses empty, binary, mis-encoded and oversized input with a clear
 * message; strips a UTF-8 BOM; turns CRLF and lone CR line endings into LF.
 */
export function decodeSurveyInput(input: string | Uint8Array, file?: string): string {
	const size = typeof input === "string" ? utf8Length(input) : input.byteLength;
	if (size > MAX_SURVEY_BYTES) {
		throw new SurveyParseError("too-large", `the document is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_SURVEY_BYTES / 1024 / 1024} MB`, file);
	}
	let text: string;
	if (typeof input === "string") {
		text = input;
	} else {
		if (input.includes(0)) throw binary(file, input);
		try {
			text = new TextDecoder("utf-8", { fatal: true }).decode(input);
		} catch {
			throw new SurveyParseError("encoding", `the document is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(input)})`, file);
		}
	}
	if (text.includes("\u0000")) throw new SurveyParseError("binary", "the document contains NUL bytes; it looks like a binary file, not Markdown", file, lineOf(text, text.indexOf("\u0000")));
	text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
	if (text.trim() === "") throw new SurveyParseError("empty", "the document is empty", file);
	return text;
}

function binary(file: string | undefined, bytes: Uint8Array): SurveyParseError {
	return new SurveyParseError("binary", `the document contains NUL bytes (first at offset ${bytes.indexOf(0)}); it looks like a binary file, not Markdown`, file);
}

function lineOf(text: string, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
	return line;
}

function utf8Length(s: string): number {
	// Cheap upper bound first: most documents are far below the limit.
	if (s.length * 3 <= MAX_SURVEY_BYTES) return s.length;
	return new TextEncoder().encode(s).byteLength;
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i];
		const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
		if (need < 0) return i;
		for (let k = 1; k <= need; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
		i += need + 1;
	}
	return bytes.length;
}
