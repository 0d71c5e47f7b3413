// Imitates the DOM helpers Obsidian adds to Node/Element/HTMLElement prototypes
// and to the window (createEl, createDiv, empty, setText, addClass, ...), so
// plugin code that renders into elements runs under jsdom. Only the helpers the
// plugin uses are here; each follows the signature in obsidian.d.ts.

type AttrValue = string | number | boolean | null;

interface ElementInfo {
	cls?: string | string[];
	text?: string | DocumentFragment;
	attr?: Record<string, AttrValue>;
	title?: string;
	parent?: Node;
	value?: string;
	type?: string;
	prepend?: boolean;
	placeholder?: string;
	href?: string;
}

interface DomWindow {
	document: Document;
	Node: typeof Node;
	Element: typeof Element;
	HTMLElement: typeof HTMLElement;
	DocumentFragment: typeof DocumentFragment;
}

function applyInfo(doc: Document, el: HTMLElement, info: ElementInfo | string | undefined): void {
	if (info === undefined) return;
	const o: ElementInfo = typeof info === "string" ? { cls: info } : info;
	if (o.cls !== undefined) {
		const classes = (Array.isArray(o.cls) ? o.cls : o.cls.split(" ")).filter((c) => c.length > 0);
		el.classList.add(...classes);
	}
	if (o.text !== undefined) setText(doc, el, o.text);
	if (o.attr) for (const [k, v] of Object.entries(o.attr)) setAttr(el, k, v);
	if (o.title !== undefined) el.title = o.title;
	if (o.value !== undefined && "value" in el) (el as HTMLInputElement).value = o.value;
	if (o.type !== undefined) el.setAttribute("type", o.type);
	if (o.placeholder !== undefined) el.setAttribute("placeholder", o.placeholder);
	if (o.href !== undefined) el.setAttribute("href", o.href);
}

function setText(doc: Document, el: Node, text: string | DocumentFragment): void {
	while (el.firstChild) el.removeChild(el.firstChild);
	if (typeof text === "string") el.appendChild(doc.createTextNode(text));
	else el.appendChild(text);
}

function setAttr(el: Element, name: string, value: AttrValue): void {
	if (value === null || value === false) el.removeAttribute(name);
	else el.setAttribute(name, value === true ? "" : String(value));
}

/** Installs the helpers on a jsdom window (idempotent). */
export function installObsidianDom(win: DomWindow & Record<string, unknown>): void {
	const doc = win.document;
	const nodeProto = win.Node.prototype as unknown as Record<string, unknown>;
	if (typeof nodeProto.createEl === "function") return;

	function createElement(tag: string, info?: ElementInfo | string, callback?: (el: HTMLElement) => void): HTMLElement {
		const el = doc.createElement(tag);
		applyInfo(doc, el, info);
		if (typeof info === "object" && info.parent) {
			if (info.prepend) info.parent.insertBefore(el, info.parent.firstChild);
			else info.parent.appendChild(el);
		}
		callback?.(el);
		return el;
	}

	Object.assign(nodeProto, {
		createEl(this: Node, tag: string, info?: ElementInfo | string, callback?: (el: HTMLElement) => void) {
			const el = createElement(tag, info, undefined);
			if (typeof info === "object" && info.prepend) this.insertBefore(el, this.firstChild);
			else this.appendChild(el);
			callback?.(el);
			return el;
		},
		createDiv(this: Node & { createEl: typeof createElement }, info?: ElementInfo | string, callback?: (el: HTMLElement) => void) {
			return this.createEl("div", info, callback);
		},
		createSpan(this: Node & { createEl: typeof createElement }, info?: ElementInfo | string, callback?: (el: HTMLElement) => void) {
			return this.createEl("span", info, callback);
		},
		empty(this: Node) {
			while (this.firstChild) this.removeChild(this.firstChild);
		},
		detach(this: Node) {
			this.parentNode?.removeChild(this);
		},
		appendText(this: Node, val: string) {
			this.appendChild(doc.createTextNode(val));
		},
		instanceOf(this: Node, type: new () => unknown) {
			return this instanceof type;
		},
	});

	const elementProto = win.Element.prototype as unknown as Record<string, unknown>;
	Object.assign(elementProto, {
		getText(this: Element) {
			return this.textContent ?? "";
		},
		setText(this: Element, val: string | DocumentFragment) {
			setText(doc, this, val);
		},
		addClass(this: Element, ...classes: string[]) {
			this.classList.add(...classes);
		},
		addClasses(this: Element, classes: string[]) {
			this.classList.add(...classes);
		},
		removeClass(this: Element, ...classes: string[]) {
			this.classList.remove(...classes);
		},
		toggleClass(this: Element, classes: string | string[], value: boolean) {
			for (const c of Array.isArray(classes) ? classes : [classes]) this.classList.toggle(c, value);
		},
		hasClass(this: Element, cls: string) {
			return this.classList.contains(cls);
		},
		setAttr(this: Element, name: string, value: AttrValue) {
			setAttr(this, name, value);
		},
		setAttrs(this: Element, obj: Record<string, AttrValue>) {
			for (const [k, v] of Object.entries(obj)) setAttr(this, k, v);
		},
		getAttr(this: Element, name: string) {
			return this.getAttribute(name);
		},
	});

	const htmlProto = win.HTMLElement.prototype as unknown as Record<string, unknown>;
	Object.assign(htmlProto, {
		show(this: HTMLElement) {
			this.style.display = "";
		},
		hide(this: HTMLElement) {
			this.style.display = "none";
		},
		toggle(this: HTMLElement, show: boolean) {
			this.style.display = show ? "" : "none";
		},
		isShown(this: HTMLElement) {
			return this.style.display !== "none";
		},
	});

	Object.assign(win, {
		createEl: createElement,
		createDiv: (info?: ElementInfo | string, cb?: (el: HTMLElement) => void) => createElement("div", info, cb),
		createSpan: (info?: ElementInfo | string, cb?: (el: HTMLElement) => void) => createElement("span", info, cb),
		createFragment: (cb?: (frag: DocumentFragment) => void) => {
			const frag = doc.createDocumentFragment();
			cb?.(frag);
			return frag;
		},
		activeDocument: doc,
		activeWindow: win,
	});
}
