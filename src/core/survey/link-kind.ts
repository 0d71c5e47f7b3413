import { identifyPaperUrl, type PaperId } from "./paper-id";

/**
 * What a link points at, judged from its address alone:
 * - `paper`: an address that identifies one paper (arXiv, DOI, OpenReview, …);
 * - `scholarly`: a publisher, proceedings or repository page, or a PDF, that
 *   usually holds a paper but carries no identifier the importer reads;
 * - `other-site`: code hosts, video, social media, blogs and news, which hold
 *   things that are not papers;
 * - `note`: a relative link to a file beside the survey (a note per paper);
 * - `anchor`: a link inside the page (`#section`);
 * - `unknown`: anything else.
 */
export type LinkKind = "paper" | "scholarly" | "other-site" | "note" | "anchor" | "unknown";

export interface LinkFact {
	kind: LinkKind;
	id?: PaperId;
}

/** Hosts of publishers, proceedings and preprint servers (suffix match). */
const SCHOLARLY_HOSTS = [
	"acm.org", "springer.com", "ieee.org", "sciencedirect.com", "elsevier.com", "nature.com", "science.org",
	"wiley.com", "tandfonline.com", "sagepub.com", "mdpi.com", "frontiersin.org", "plos.org", "cell.com",
	"researchgate.net", "semanticscholar.org", "scholar.google.com", "aclweb.org", "aclanthology.org",
	"neurips.cc", "nips.cc", "openreview.net", "mlr.press", "thecvf.com", "ecva.net", "usenix.org",
	"vldb.org", "jmlr.org", "aaai.org", "ijcai.org", "biorxiv.org", "medrxiv.org", "ssrn.com", "iclr.cc",
	"icml.cc", "isca-speech.org", "siam.org", "iop.org", "pnas.org", "ncbi.nlm.nih.gov", "pubmed.ncbi.nlm.nih.gov",
	"dblp.org", "hal.science", "hal.archives-ouvertes.fr", "osti.gov", "jstor.org", "academic.oup.com",
	"cambridge.org", "worldscientific.com", "computer.org", "wjgnet.com", "cnki.net", "wanfangdata.com.cn",
	"paperswithcode.com", "alphaxiv.org", "research-collection.ethz.ch", "escholarship.org", "citeseerx.ist.psu.edu",
];

/** Hosts whose pages are code, media, social posts, blogs or news. */
const OTHER_HOSTS = [
	"github.com", "gitlab.com", "gitee.com", "bitbucket.org", "github.io", "youtube.com", "youtu.be", "bilibili.com",
	"vimeo.com", "twitter.com", "x.com", "weibo.com", "medium.com", "towardsdatascience.com", "substack.com",
	"zhuanlan.zhihu.com", "mp.weixin.qq.com", "csdn.net", "juejin.cn", "jianshu.com", "reddit.com", "linkedin.com",
	"kaggle.com", "colab.research.google.com", "wikipedia.org", "img.shields.io", "awesome.re", "pypi.org",
	"npmjs.com", "readthedocs.io", "docs.google.com", "drive.google.com", "notion.so", "discord.gg", "t.me",
	"venturebeat.com", "techcrunch.com", "theverge.com", "wired.com", "theguardian.com", "nytimes.com", "reuters.com",
	"bloomberg.com", "cnbc.com", "zoom.us", "slideshare.net", "podcasts.apple.com", "spotify.com",
];

function hostMatches(host: string, list: readonly string[]): boolean {
	return list.some((h) => host === h || host.endsWith(`.${h}`));
}

/** Classifies a link address. Pure; never throws. */
export function classifyLink(rawUrl: string): LinkFact {
	const href = rawUrl.trim().replace(/^<|>$/g, "");
	if (href.startsWith("#")) return { kind: "anchor" };
	const id = identifyPaperUrl(href);
	if (id) return { kind: "paper", id };
	let url: URL;
	try {
		url = new URL(href);
	} catch {
		// No scheme: a path beside the survey ("notes/Some_Paper.md"), unless it looks like a bare host.
		return href !== "" && !/^[a-z][a-z0-9+.-]*:/i.test(href) && !/^(?:www\.|[\w-]+\.(?:com|org|net|io|cn)\b)/.test(href) ? { kind: "note" } : { kind: "unknown" };
	}
	if (url.protocol !== "http:" && url.protocol !== "https:") return { kind: "unknown" };
	const host = url.hostname.toLowerCase();
	if (hostMatches(host, OTHER_HOSTS)) return { kind: "other-site" };
	if (hostMatches(host, SCHOLARLY_HOSTS) || /\.pdf$/i.test(url.pathname) || /\/(?:doi|pdf|abs|paper|papers|publication|proceedings|article)s?\//i.test(url.pathname)) {
		return { kind: "scholarly" };
	}
	return { kind: "unknown" };
}
