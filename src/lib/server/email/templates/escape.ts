const entities: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

/** Names typed by users end up in HTML mail: always escape them. */
export function escapeHtml(value: string): string {
	return value.replace(/[&<>"']/g, (c) => entities[c]);
}
