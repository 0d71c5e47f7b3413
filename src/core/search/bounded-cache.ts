/**
 * A map that keeps its most recently used `capacity` entries: the one cache
 * primitive of search. Reading an entry makes it the newest; adding one past
 * the capacity drops the oldest.
 */
export class BoundedCache<K, V> {
	private readonly entries = new Map<K, V>();

	/** `onEvict` hears each entry dropped for room, so its owner can reuse what it holds. */
	constructor(
		private readonly capacity: number,
		private readonly onEvict?: (value: V) => void,
	) {}

	get size(): number {
		return this.entries.size;
	}

	get(key: K): V | undefined {
		const value = this.entries.get(key);
		if (value === undefined) return undefined;
		// Re-inserted, it becomes the newest in the map's order.
		this.entries.delete(key);
		this.entries.set(key, value);
		return value;
	}

	set(key: K, value: V): void {
		this.entries.delete(key);
		this.entries.set(key, value);
		while (this.entries.size > this.capacity) {
			const oldest = this.entries.keys().next().value as K;
			this.onEvict?.(this.entries.get(oldest) as V);
			this.entries.delete(oldest);
		}
	}

	/** The entries, oldest first; reading them does not make them newer. */
	values(): IterableIterator<V> {
		return this.entries.values();
	}

	clear(): void {
		if (this.onEvict) for (const value of this.entries.values()) this.onEvict(value);
		this.entries.clear();
	}
}
