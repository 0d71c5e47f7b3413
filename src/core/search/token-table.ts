import { hashRange } from "./tokens";

/**
 * A hash table from token to count, looked up by a range of a larger string
 * so that counting the tokens of a library makes no string per occurrence:
 * only a token seen for the first time is copied out. Open addressing with
 * linear probing; a token whose count falls to zero keeps its place until
 * the table next grows.
 */
export class TokenTable {
	private keys: Array<string | undefined>;
	private hashes: Int32Array;
	private values: Int32Array;
	/** The last counting round that touched each entry, to count a token once per field value. */
	private stamps: Int32Array;
	private used = 0;
	private mask: number;

	constructor(capacity = 1024) {
		const size = 1 << Math.ceil(Math.log2(Math.max(16, capacity * 2)));
		this.keys = new Array<string | undefined>(size);
		this.hashes = new Int32Array(size);
		this.values = new Int32Array(size);
		this.stamps = new Int32Array(size);
		this.mask = size - 1;
	}

	/** The count of a token; 0 when unknown. */
	get(token: string): number {
		const slot = this.find(token, 0, token.length, hashRange(token, 0, token.length));
		return slot < 0 ? 0 : this.values[slot];
	}

	/**
	 * Adds `delta` to the count of `source.slice(start, end)` (whose hash is
	 * `hash`, from `hashRange`), unless this
	 * token was already counted in round `stamp`. Returns whether a token
	 * appeared (0 → positive) or disappeared (positive → 0).
	 */
	addRange(source: string, start: number, end: number, hash: number, delta: number, stamp: number): boolean {
		let slot = this.find(source, start, end, hash);
		if (slot < 0) {
			if (delta <= 0) return false;
			slot = this.insert(source.slice(start, end), hash);
		}
		if (this.stamps[slot] === stamp) return false;
		this.stamps[slot] = stamp;
		const before = this.values[slot];
		this.values[slot] = Math.max(0, before + delta);
		return (before === 0) !== (this.values[slot] === 0);
	}

	/** Every token with a positive count. */
	*tokens(): IterableIterator<string> {
		for (let i = 0; i < this.keys.length; i++) {
			const key = this.keys[i];
			if (key !== undefined && this.values[i] > 0) yield key;
		}
	}

	private find(source: string, start: number, end: number, hash: number): number {
		const length = end - start;
		for (let i = hash & this.mask; ; i = (i + 1) & this.mask) {
			const key = this.keys[i];
			if (key === undefined) return -1;
			if (this.hashes[i] === hash && key.length === length && source.startsWith(key, start)) return i;
		}
	}

	private insert(key: string, hash: number): number {
		if ((this.used + 1) * 2 > this.keys.length) this.grow();
		let i = hash & this.mask;
		while (this.keys[i] !== undefined) i = (i + 1) & this.mask;
		this.keys[i] = key;
		this.hashes[i] = hash;
		this.values[i] = 0;
		this.stamps[i] = 0;
		this.used++;
		return i;
	}

	private grow(): void {
		const { keys, hashes, values, stamps } = this;
		const live = values.reduce((n, v) => n + (v > 0 ? 1 : 0), 0);
		const size = 1 << Math.ceil(Math.log2(Math.max(16, (live + 1) * 2)));
		this.keys = new Array<string | undefined>(size);
		this.hashes = new Int32Array(size);
		this.values = new Int32Array(size);
		this.stamps = new Int32Array(size);
		this.mask = size - 1;
		this.used = 0;
		for (let j = 0; j < keys.length; j++) {
			const key = keys[j];
			if (key === undefined || values[j] === 0) continue;
			const i = this.insert(key, hashes[j]);
			this.values[i] = values[j];
			this.stamps[i] = stamps[j];
		}
	}
}
