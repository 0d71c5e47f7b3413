// Sets of record slots as ascending Int32Arrays: intersections and unions in
// one linear pass, and no per-element allocation.

/** Papers holding a term: their slots, ascending, and for each the fields holding it, as a bit mask over SEARCH_FIELDS. */
export interface Hits {
	slots: Int32Array;
	fields: Uint16Array;
}

/** The union of two hit lists; a paper in both has the fields of both. */
export function unionHits(a: Hits, b: Hits): Hits {
	const slots = new Int32Array(a.slots.length + b.slots.length);
	const fields = new Uint16Array(slots.length);
	let i = 0;
	let j = 0;
	let n = 0;
	while (i < a.slots.length || j < b.slots.length) {
		if (j >= b.slots.length || (i < a.slots.length && a.slots[i] < b.slots[j])) {
			slots[n] = a.slots[i];
			fields[n++] = a.fields[i++];
		} else if (i >= a.slots.length || b.slots[j] < a.slots[i]) {
			slots[n] = b.slots[j];
			fields[n++] = b.fields[j++];
		} else {
			slots[n] = a.slots[i];
			fields[n++] = a.fields[i++] | b.fields[j++];
		}
	}
	return { slots: slots.slice(0, n), fields: fields.slice(0, n) };
}

/** For each of `slots` (ascending), the fields `hits` records for it; 0 when absent. */
export function fieldsFor(slots: Int32Array, hits: Hits): Uint16Array {
	const out = new Uint16Array(slots.length);
	let j = 0;
	for (let i = 0; i < slots.length; i++) {
		while (j < hits.slots.length && hits.slots[j] < slots[i]) j++;
		if (j < hits.slots.length && hits.slots[j] === slots[i]) out[i] = hits.fields[j];
	}
	return out;
}

export function intersect(a: Int32Array, b: Int32Array): Int32Array {
	if (a.length > b.length) [a, b] = [b, a];
	const out = new Int32Array(a.length);
	let n = 0;
	let j = 0;
	for (let i = 0; i < a.length && j < b.length; i++) {
		const x = a[i];
		while (j < b.length && b[j] < x) j++;
		if (j < b.length && b[j] === x) out[n++] = x;
	}
	return out.slice(0, n);
}

/** The intersection of the sets; `whenNone` when there are none. */
export function intersectAll(sets: readonly Int32Array[], whenNone: Int32Array = new Int32Array(0)): Int32Array {
	if (sets.length === 0) return whenNone;
	const sorted = [...sets].sort((x, y) => x.length - y.length);
	let acc = sorted[0];
	for (let i = 1; i < sorted.length && acc.length > 0; i++) acc = intersect(acc, sorted[i]);
	return acc;
}

export function union(a: Int32Array, b: Int32Array): Int32Array {
	const out = new Int32Array(a.length + b.length);
	let i = 0;
	let j = 0;
	let n = 0;
	while (i < a.length || j < b.length) {
		if (j >= b.length || (i < a.length && a[i] < b[j])) out[n++] = a[i++];
		else if (i >= a.length || b[j] < a[i]) out[n++] = b[j++];
		else {
			out[n++] = a[i++];
			j++;
		}
	}
	return out.slice(0, n);
}

/** Slots that appear in at least `atLeast` of the sets, ascending. */
export function countAtLeast(sets: readonly Int32Array[], atLeast: number, slotCount: number): Int32Array {
	const tally = new Uint8Array(slotCount);
	for (const set of sets) for (let i = 0; i < set.length; i++) tally[set[i]]++;
	let n = 0;
	for (let s = 0; s < slotCount; s++) if (tally[s] >= atLeast) n++;
	const out = new Int32Array(n);
	n = 0;
	for (let s = 0; s < slotCount; s++) if (tally[s] >= atLeast) out[n++] = s;
	return out;
}
