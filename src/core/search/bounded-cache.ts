/**
 * A map that keeps its most recently used `capacity` entries: the one cache
 * primitive of search. Reading an entry makes it the newest; adding one past
 * the capacity drops the oldest.
 */
export class BoundedCache<K, V> {
	private readonly entries = new Map<K, V>();

	constructor(private readonly capacity: number) {}

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
		while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K);
	}

	clear(): void {
		this.entries.clear();
	}
}
