/**
 * Guesses the language of a document: Chinese when Han characters outnumber
 * Latin words (Chinese surveys are full of English terms and titles, so
 * counting letters would call them English).
 */
export function detectLanguage(text: string): "zh" | "en" {
	const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
	const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
	const words = sample.match(/[A-Za-z]{2,}/g)?.length ?? 0;
	return han > words ? "zh" : "en";
}
