/** What a link tells about which paper it points to. */
export interface PaperId {
	/** Identity key: `2511.21691`, `doi:10.1145/…`, `openreview:…`, `acl:…`, `pmlr:…`, … */
	key: string;
	arxiv?: string;
	doi?: string;
	/** A canonical URL for the paper (arXiv abs page, doi.org, …). */
	url: string;
}

const NEW_ARXIV = /^(\d{4}\.\d{4,5})(?:v\d+)?$/;
const OLD_ARXIV = /^([a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/;
const ARXIV_HOSTS = new Set(["arxiv.org", "www.arxiv.org", "export.arxiv.org", "browse.arxiv.org", "alphaxiv.org", "www.alphaxiv.org"]);
/** Link shorteners and redirectors that carry the real address in a query parameter. */
const REDIRECTS: ReadonlyArray<{ host: RegExp; param: string }> = [
	{ host: /^link\.zhihu\.com$/, param: "target" },
	{ host: /^(?:www\.)?google\.[a-z.]+$/, param: "url" },
	{ host: /^l\.facebook\.com$/, param: "u" },
	{ host: /^(?:www\.)?urlshare\.[a-z.]+$/, param: "url" },
];
const DOI_IN_TEXT = /\b(10\.\d{4,9}\/[^\s?#"<>]+)/;

/** Normalises an arXiv identifier (drops the version); null if it is not one. */
export function parseArxivId(raw: string): string | null {
	const id = raw.trim().replace(/\.pdf$/i, "");
	const m = NEW_ARXIV.exec(id) ?? OLD_ARXIV.exec(id);
	return m ? m[1] : null;
}

/**
 * Recognises a paper link: arXiv (abs, pdf, html, any version, also the
 * Hugging Face papers mirror and arXiv DOIs), DOI (doi.org or a DOI inside a
 * publisher URL), OpenReview, ACL Anthology, PMLR, CVF open access, IEEE
 * Xplore and NeurIPS proceedings. Anything else gives null.
 */
export function identifyPaperUrl(rawUrl: string): PaperId | null {
	let url: URL;
	try {
		url = new URL(rawUrl.trim().replace(/^<|>$/g, ""));
	} catch {
		return null;
	}
	if (url.protocol !== "http:" && url.protocol !== "https:") return null;
	const host = url.hostname.toLowerCase();
	const target = redirectTarget(url, host);
	if (target !== null) return target === rawUrl ? null : identifyPaperUrl(target);
	const path = safeDecode(url.pathname).replace(/\/+$/, "");

	if (ARXIV_HOSTS.has(host)) {
		const m = /^\/(?:abs|pdf|html|format|overview)\/(.+)$/.exec(path);
		const id = m ? parseArxivId(m[1]) : null;
		return id ? arxivId(id) : null;
	}
	if (host === "huggingface.co" || host === "paperswithcode.com" || host === "www.semanticscholar.org") {
		// Mirrors and aggregators that name the arXiv id in the path: /papers/ID, /paper/arxiv/ID, /arxiv/ID.
		const m = /^\/(?:papers?\/(?:arxiv\/)?|arxiv\/)(\d{4}\.\d{4,5})(?:v\d+)?$/.exec(path);
		return m ? arxivId(m[1]) : null;
	}
	if (host === "www.ijcai.org" || host === "ijcai.org") {
		const m = /^\/proceedings\/(\d{4})\/(\d{3,4})(?:\.pdf)?$/.exec(path);
		return m ? { key: `ijcai:${m[1]}/${m[2]}`, url: `https://www.ijcai.org/proceedings/${m[1]}/${m[2]}` } : null;
	}
	if (host === "openreview.net") {
		const id = url.searchParams.get("id");
		return id && /^[\w-]+$/.test(id) ? { key: `openreview:${id}`, url: `https://openreview.net/forum?id=${id}` } : null;
	}
	if (host === "aclanthology.org" || host === "www.aclweb.org") {
		const m = /([A-Z]\d{2}-\d{4}|\d{4}\.[a-z0-9-]+\.\d+)(?:\.pdf)?$/i.exec(path);
		return m ? { key: `acl:${m[1]}`, url: `https://aclanthology.org/${m[1]}/` } : null;
	}
	if (host === "proceedings.mlr.press") {
		const m = /^\/(v\d+\/[\w-]+?)(?:\.html|\.pdf|\/[\w-]+\.pdf)?$/.exec(path);
		return m ? { key: `pmlr:${m[1]}`, url: `https://proceedings.mlr.press/${m[1]}.html` } : null;
	}
	if (host === "openaccess.thecvf.com") {
		const m = /\/([\w-]+?)_paper\.(?:html|pdf)$/.exec(path);
		return m ? { key: `cvf:${m[1].toLowerCase()}`, url: url.href } : null;
	}
	if (host === "ieeexplore.ieee.org") {
		const m = /\/document\/(\d+)/.exec(path);
		return m ? { key: `ieee:${m[1]}`, url: `https://ieeexplore.ieee.org/document/${m[1]}` } : null;
	}
	if (host === "papers.nips.cc" || host === "proceedings.neurips.cc") {
		const m = /\/([0-9a-f]{32})-(?:Abstract|Paper)/.exec(path);
		return m ? { key: `neurips:${m[1]}`, url: url.href } : null;
	}
	const doi = DOI_IN_TEXT.exec(host === "doi.org" || host === "dx.doi.org" ? path.slice(1) : path)?.[1];
	if (doi) return doiId(doi);
	return null;
}

/** The address a redirect link forwards to, or null when the link is not a known redirect. */
function redirectTarget(url: URL, host: string): string | null {
	const redirect = REDIRECTS.find((r) => r.host.test(host));
	if (!redirect) return null;
	return url.searchParams.get(redirect.param) ?? "";
}

function arxivId(id: string): PaperId {
	return { key: id, arxiv: id, url: `https://arxiv.org/abs/${id}` };
}

function doiId(raw: string): PaperId {
	const doi = raw.replace(/[.,;)]+$/, "").replace(/\/(?:abstract|full|pdf|epdf)$/i, "").toLowerCase();
	const arxiv = /^10\.48550\/arxiv\.(.+)$/.exec(doi);
	if (arxiv) {
		const id = parseArxivId(arxiv[1]);
		if (id) return arxivId(id);
	}
	return { key: `doi:${doi}`, doi, url: `https://doi.org/${doi}` };
}

function safeDecode(s: string): string {
	try {
		return decodeURIComponent(s);
	} catch {
		return s;
	}
}

/** The title form used to match mentions and as a last-resort key: NFKC, lower case, letters and digits only. */
export function normaliseTitle(title: string): string {
	return title
		.normalize("NFKC")
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, " ")
		.trim();
}

export function titleKey(title: string): string {
	return `title:${normaliseTitle(title)}`;
}

/** The year an arXiv identifier was issued: 2511.xxxxx → 2025, hep-th/9901001 → 1999. */
export function yearFromArxiv(id: string): number | undefined {
	const m = /^(\d{2})(\d{2})\./.exec(id) ?? /\/(\d{2})(\d{2})\d{3}$/.exec(id);
	if (!m) return undefined;
	const yy = Number(m[1]);
	const month = Number(m[2]);
	if (month < 1 || month > 12) return undefined;
	return yy >= 91 ? 1900 + yy : 2000 + yy;
}
