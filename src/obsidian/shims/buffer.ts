// Injected into main.js in place of Node's Buffer global, which Obsidian mobile
// lacks. gray-matter calls Buffer.from(string) on every parse to keep an
// `orig` copy that the plugin never reads; a UTF-8 byte array serves it.
export const Buffer = {
	from(input: string): Uint8Array {
		return new TextEncoder().encode(input);
	},
	isBuffer(): boolean {
		return false;
	},
};
