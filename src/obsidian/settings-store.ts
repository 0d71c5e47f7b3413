import { debounce, type Debouncer, normalizePath, Notice, type Plugin } from "obsidian";
import { normalizeSettings, type SurveyVaultSettings } from "../settings";

/** Quiet time after the last settings change before data.json is written: typing a folder name saves once. */
export const SAVE_DELAY_MS = 500;

/**
 * The plugin's settings and their file. Changes apply at once and are
 * written after a quiet period; a file changed from outside (sync, another
 * device) is read again. A data.json that does not parse is named in a
 * notice and never written over: the defaults are used until the user
 * fixes or removes it, so nothing they had there is lost.
 */
export class SettingsStore {
	settings: SurveyVaultSettings = normalizeSettings(null);
	/** Why data.json could not be read, while it cannot; saving waits until then. */
	unreadable: string | null = null;
	private readonly save: Debouncer<[], void>;
	private readonly listeners = new Set<(settings: SurveyVaultSettings) => void>();

	constructor(
		private readonly plugin: Plugin,
		delayMs = SAVE_DELAY_MS,
	) {
		this.save = debounce(() => void this.write(), delayMs, true);
	}

	/** The vault path of data.json, for messages. */
	get file(): string {
		const { manifest, app } = this.plugin;
		return normalizePath(`${manifest.dir ?? `${app.vault.configDir}/plugins/${manifest.id}`}/data.json`);
	}

	/** Reads data.json; on a file that does not parse, keeps the defaults and says so once. */
	async load(): Promise<void> {
		const before = this.unreadable;
		const raw = await this.readRaw();
		this.settings = normalizeSettings(raw);
		if (this.unreadable !== null && this.unreadable !== before) {
			new Notice(`Survey Vault: ${this.file} does not parse as JSON (${this.unreadable}). The default settings are in use and the file is left as it is; fix or delete it to save settings again.`);
		}
		this.changed();
	}

	/** Applies a change now and writes it after the quiet period. */
	update(change: Partial<SurveyVaultSettings>): void {
		this.settings = normalizeSettings({ ...this.settings, ...change });
		this.changed();
		this.save();
	}

	/** Writes a pending change now (on unload). */
	flush(): void {
		this.save.run();
	}

	/** data.json changed outside Obsidian: what it holds now wins over a change not yet written. */
	async reloadExternal(): Promise<void> {
		this.save.cancel();
		await this.load();
	}

	/** Calls `listener` with the settings after every load and change. */
	onChange(listener: (settings: SurveyVaultSettings) => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	private changed(): void {
		for (const listener of this.listeners) listener(this.settings);
	}

	private async readRaw(): Promise<unknown> {
		this.unreadable = null;
		try {
			const raw: unknown = await this.plugin.loadData();
			if (raw !== null && raw !== undefined) return raw;
		} catch (err) {
			this.unreadable = err instanceof Error ? err.message : String(err);
			return null;
		}
		// Obsidian may read a broken file as no data: look at the text before treating it as absent.
		const adapter = this.plugin.app.vault.adapter;
		if (!(await adapter.exists(this.file))) return null;
		const text = await adapter.read(this.file);
		if (text.trim() === "") return null;
		try {
			return JSON.parse(text) as unknown;
		} catch (err) {
			this.unreadable = err instanceof Error ? err.message : String(err);
			return null;
		}
	}

	private async write(): Promise<void> {
		if (this.unreadable !== null) {
			new Notice(`Survey Vault: this change lasts until Obsidian closes; ${this.file} does not parse, so it is not written over.`);
			return;
		}
		await this.plugin.saveData(this.settings);
	}
}
