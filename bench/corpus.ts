import { seededRandom } from "./lib";
import { toPaperRecord, type PaperRecord } from "../src/core/papers/paper-record";
import type { FrontmatterData } from "../src/core/markdown/frontmatter";

/**
 * Deterministic synthetic papers shaped like imported paper notes: title,
 * authors, venue, year, method, innovation, tags, directions; 10% Chinese.
 */
const EN_WORDS = "adaptive attention benchmark causal contrastive diffusion embodied efficient federated generative graph hierarchical implicit interpretable latent multimodal neural open physical reasoning robust scalable segmentation self-supervised sparse spatial temporal transformer unified video vision language world model reward policy agent retrieval alignment distillation tokenizer planning memory".split(" ");
const ZH_WORDS = "多模态 推理 视觉 语言 模型 机器人 世界 生成 视频 对齐 蒸馏 检索 记忆 强化学习 扩散 图神经网络 鲁棒性 基准 评估 安全 检测 表示学习 逆向图形学 具身智能".split(" ");
const SURNAMES = "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin He Gao Luo Truong Smith Johnson Garcia Müller Rossi Kim Park Nguyen Tanaka Dalva Bo Gu Hong Tian Islam Bae Koutoupis Cerna".split(" ");
const GIVEN = "Wei Jing Yusuf Thanh-Dat Qian Fei Adeela Jiyun Qixun Ariful Stefanos Selene Xinyue Mengran Zhihang Long Zhaolong Chujie Eunjee Yolo Maria John Aiko Minh".split(" ");
const VENUES = ["NeurIPS", "ICML", "ICLR", "CVPR", "ICCV", "ECCV", "ACL", "EMNLP", "AAAI", "IJCAI", "arXiv", "IEEE Access", "TPAMI", "CoRL", "RSS"];
const DIRECTIONS = ["多模态推理与视觉语言模型", "Video World Models", "Robot Learning", "多模态安全与内容检测", "Representation Learning", "Benchmarks and Evaluation"];
const TAGS = ["paper", "robotics", "vision", "nlp", "generative", "safety", "benchmark"];

export interface SyntheticCorpus {
	records: PaperRecord[];
	/** The properties each record was made from, by path. */
	frontmatter: Map<string, FrontmatterData>;
}

export function syntheticCorpus(size: number, seed = 42): SyntheticCorpus {
	const rand = seededRandom(seed);
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
	const words = (pool: readonly string[], n: number, sep: string): string => Array.from({ length: n }, () => pick(pool)).join(sep);
	const records: PaperRecord[] = [];
	const frontmatter = new Map<string, FrontmatterData>();
	for (let i = 0; i < size; i++) {
		const chinese = rand() < 0.1;
		const short = `${pick(EN_WORDS).replace(/^./, (c) => c.toUpperCase())}${pick(["Net", "Former", "-R1", "GPT", "Bench", "Fusion", ""])}${i}`;
		const title = chinese ? `${short}：${words(ZH_WORDS, 6, "")}` : `${short}: ${words(EN_WORDS, 7, " ").replace(/^./, (c) => c.toUpperCase())}`;
		const year = 2018 + Math.floor(rand() * 9);
		const id = `${String(year % 100).padStart(2, "0")}${String(1 + Math.floor(rand() * 12)).padStart(2, "0")}.${String(10000 + i).padStart(5, "0")}`;
		const authors = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => `${pick(GIVEN)} ${pick(SURNAMES)}`);
		const fm: FrontmatterData = {
			type: "paper",
			title,
			authors,
			year,
			arxiv: id,
			url: `https://arxiv.org/abs/${id}`,
			venue: pick(VENUES),
			citations: Math.floor(rand() * 500),
			score: Math.round(rand() * 50) / 10,
			method: chinese ? words(ZH_WORDS, 10, "") : words(EN_WORDS, 14, " "),
			innovation: chinese ? words(ZH_WORDS, 14, "") : words(EN_WORDS, 18, " "),
			directions: [`[[${pick(DIRECTIONS)}]]`],
			tags: [pick(TAGS), pick(TAGS)].filter((t, j, a) => a.indexOf(t) === j),
			imported: "2026-11-01",
		};
		const path = `Research/Papers/${short}.md`;
		frontmatter.set(path, fm);
		records.push(toPaperRecord(path, fm));
	}
	return { records, frontmatter };
}
