import { paperNote } from "../../support/table-notes";

/**
 * A small research vault of its own for the search and settings tests:
 * English and Chinese papers on coral reefs, glaciers and compilers, a
 * direction note linking two of them, and a note to insert links into.
 */
export const SEARCH_NOTES: Record<string, string> = {
	"Research/Papers/Coral Bleaching Forecasts.md": paperNote({ title: "Coral Bleaching Forecasts with Graph Networks", authors: ["Ines Moreau", "Kai Tanaka"], year: 2024, venue: "NeurIPS", citations: 41, score: 4.2, method: "Spatio-temporal graph network over reef sensors", directions: ["[[Reef Monitoring]]"] }),
	"Research/Papers/Reef Acoustics.md": paperNote({ title: "Listening to Reefs: Acoustic Indices at Scale", authors: ["Kai Tanaka"], year: 2025, venue: "ICASSP", citations: 7, score: 3.1, method: "Self-supervised audio embeddings", directions: ["[[Reef Monitoring]]"] }),
	"Research/Papers/Glacier Emulator.md": paperNote({ title: "A Neural Emulator for Glacier Mass Balance", authors: ["Sigrid Holm"], year: 2026, venue: "ICML", citations: 0, score: 3.8, method: "Physics-informed transformer" }),
	"Research/Papers/珊瑚礁遥感.md": paperNote({ title: "珊瑚礁白化的遥感监测与预测", authors: ["王静", "李伟"], year: 2025, venue: "遥感学报", citations: 12, score: 4.0, method: "多光谱影像与扩散模型" }),
	"Research/Papers/冰川模型.md": paperNote({ title: "基于图神经网络的冰川消融模型", authors: ["张琪"], year: 2024, venue: "arXiv", citations: 3, score: 2.9, method: "图神经网络" }),
	"Research/Papers/Loop Tiling.md": paperNote({ title: "Loop Tiling Revisited for Sparse Tensors", authors: ["Ada Brook"], year: 2023, venue: "PLDI", citations: 130, score: 2.5, method: "Polyhedral scheduling" }),
	"Research/Directions/Reef Monitoring.md": "---\ntype: direction\n---\n# Reef Monitoring\n\n- [[Coral Bleaching Forecasts]]\n- [[Reef Acoustics]]\n",
	"Notes/Draft.md": "# Draft\n\nRelated work: ",
};
