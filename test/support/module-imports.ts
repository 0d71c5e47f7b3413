/** Every module specifier a TypeScript source imports, re-exports or requires. */
export function importedModules(source: string): string[] {
	const specifiers: string[] = [];
	const patterns = [/\bfrom\s*["']([^"']+)["']/g, /\bimport\s*["']([^"']+)["']/g, /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g, /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g];
	for (const re of patterns) for (const m of source.matchAll(re)) specifiers.push(m[1]);
	return specifiers;
}
