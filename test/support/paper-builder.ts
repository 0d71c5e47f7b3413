import type { FrontmatterData } from "../../src/core/markdown/frontmatter";
import { toPaperRecord, type PaperRecord } from "../../src/core/papers/paper-record";

/** Builds paper records for tests, through the same reader as real notes. */
export function paper(title: string, props: FrontmatterData = {}, folder = "Research/Papers"): PaperRecord {
	const file = title.replace(/[\\/:*?"<>|#^[\]]/g, "").slice(0, 60).trim();
	return toPaperRecord(`${folder}/${file}.md`, { type: "paper", title, ...props });
}

/** A small library on topics of its own: astronomy, biology, chemistry, climate, databases. */
export function library(): PaperRecord[] {
	return [
		paper("Spectra-to-Orbit: Inferring Exoplanet Orbits from Radial Velocity Spectra", {
			aliases: ["Spectra-to-Orbit"],
			authors: ["Adaeze Okonkwo", "Lars Petersen"],
			year: 2025,
			arxiv: "2507.01234",
			venue: "NeurIPS",
			method: "A transformer reads radial velocity spectra and regresses Keplerian orbital elements",
			innovation: "End-to-end orbit fitting without periodograms",
			directions: ["[[Exoplanet detection]]"],
			surveys: ["[[cosmos]]"],
			tags: ["paper", "astronomy"],
			imported: "2026-03-01",
		}),
		paper("Galaxy Cluster Lensing Maps with Diffusion Priors", {
			authors: ["Adaeze Okonkwo", "Mei Tanaka"],
			year: 2026,
			arxiv: "2601.04567",
			venue: "ICML",
			method: "Score-based diffusion prior over mass maps, sampled with the telescope point spread function",
			innovation: "Calibrated uncertainty for weak lensing mass maps",
			directions: ["[[Dark matter mapping]]"],
			surveys: ["[[cosmos]]"],
			tags: ["paper", "astronomy"],
			imported: "2026-03-01",
		}),
		paper("Robotic Telescope Scheduling under Cloud Cover", {
			authors: ["Diego Ramírez"],
			year: 2026,
			arxiv: "2602.00042",
			venue: "ICRA",
			method: "A robot scheduler plans observations with reinforcement learning",
			innovation: "Weather-aware telescope time allocation for robotic observatories",
			directions: ["[[Observatory automation]]"],
			tags: ["paper", "robotics"],
			imported: "2026-03-02",
		}),
		paper("Dark Matter Halo Emulators", {
			authors: ["Mei Tanaka"],
			year: 2024,
			arxiv: "2403.11111",
			venue: "ApJ",
			method: "Gaussian process emulator of halo mass functions",
			innovation: "Emulates N-body simulations of dark matter halos a thousand times faster",
			directions: ["[[Dark matter mapping]]"],
			tags: ["paper"],
			imported: "2025-12-01",
		}),
		paper("Halo Statistics: Matter Power and Dark Energy", {
			authors: ["Lars Petersen"],
			year: 2023,
			method: "Counts of matter halos constrain dark energy",
			tags: ["paper"],
			imported: "2025-12-01",
		}),
		paper("蛋白质折叠的几何深度学习", {
			authors: ["王芳"],
			year: 2025,
			arxiv: "2509.22222",
			venue: "Nature Methods",
			method: "等变图神经网络预测蛋白质三维结构",
			innovation: "在无模板 (template-free) 条件下提高折叠精度",
			directions: ["[[结构生物学]]"],
			tags: ["paper", "biology"],
			imported: "2026-02-10",
		}),
		paper("RetroPlanner: Multi-step Synthesis Planning", {
			authors: ["Chen Jie", "Anna Kowalski"],
			year: 2026,
			arxiv: "2603.33333",
			venue: "ICLR",
			method: "基于蒙特卡洛树搜索的逆合成路线规划",
			innovation: "Learned value function prunes the search over reaction templates",
			directions: ["[[计算化学]]"],
			tags: ["paper", "chemistry"],
			imported: "2026-02-11",
		}),
		paper("Storm Surge Forecasting with Graph Networks", {
			authors: ["Ingrid Solberg"],
			year: 2025,
			venue: "Geophysical Research Letters",
			method: "Graph neural network over coastal tide gauges",
			innovation: "Hourly storm surge forecasts three days ahead",
			directions: ["[[Climate risk]]"],
			tags: ["paper", "climate"],
			imported: "2026-01-05",
		}),
		paper("Learned Cardinality Estimation for Join Queries", {
			authors: ["Tomás Novak"],
			year: 2022,
			arxiv: "2204.05555",
			venue: "VLDB",
			method: "A neural network estimates the cardinality of multi-way joins",
			innovation: "Robust to correlated predicates",
			directions: ["[[Query optimisation]]"],
			tags: ["paper", "databases"],
			imported: "2025-11-20",
		}),
	];
}
