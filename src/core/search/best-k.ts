/**
 * Indices (into 0..n) of the k best items by `compare` (negative when its
 * first argument is better), best first, in O(n log k).
 */
export function bestK(n: number, k: number, compare: (a: number, b: number) => number): number[] {
	if (k <= 0) return [];
	const better = (a: number, b: number): boolean => compare(a, b) < 0;
	// A heap of the best k seen so far whose root is the worst of them.
	const heap: number[] = [];
	const sink = (i: number): void => {
		for (;;) {
			const l = 2 * i + 1;
			const r = l + 1;
			let worst = i;
			if (l < heap.length && better(heap[worst], heap[l])) worst = l;
			if (r < heap.length && better(heap[worst], heap[r])) worst = r;
			if (worst === i) return;
			[heap[i], heap[worst]] = [heap[worst], heap[i]];
			i = worst;
		}
	};
	for (let i = 0; i < n; i++) {
		if (heap.length < k) {
			heap.push(i);
			for (let c = heap.length - 1; c > 0; ) {
				const p = (c - 1) >> 1;
				if (!better(heap[p], heap[c])) break;
				[heap[p], heap[c]] = [heap[c], heap[p]];
				c = p;
			}
		} else if (better(i, heap[0])) {
			heap[0] = i;
			sink(0);
		}
	}
	return heap.sort(compare);
}
