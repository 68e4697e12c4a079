// The development inbox: every message the app or the auth stand-in sent, newest first.

/** @param {string} s */
const esc = (s) =>
	s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

const style = `body{font-family:system-ui,sans-serif;margin:0;color:#1a1a1a}header{background:#154273;color:#fff;padding:1rem}
main{padding:1rem;max-width:60rem;margin:auto}table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.5rem;border-bottom:1px solid #ccc}
a{color:#154273}iframe{width:100%;height:32rem;border:1px solid #ccc}pre{white-space:pre-wrap;background:#f3f3f3;padding:1rem}`;

/** @param {string} title @param {string} body */
const page = (title, body) =>
	`<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title><style>${style}</style></head><body><header><strong>Ontwikkel-inbox</strong> · alleen lokaal / local only</header><main>${body}</main></body></html>`;

/** @param {import('./mail.js').Message[]} messages @param {string | null} to */
export function inboxList(messages, to) {
	const rows = messages
		.map(
			(m) =>
				`<tr><td>${esc(new Date(m.created_at).toLocaleString('nl-NL'))}</td><td>${esc(m.to.join(', '))}</td><td><a href="/inbox/${m.id}">${esc(m.subject)}</a></td></tr>`
		)
		.join('');
	const filter = `<form method="get" action="/inbox"><label for="to">Aan (e-mailadres)</label> <input id="to" name="to" type="email" value="${esc(to ?? '')}"> <button>Filter</button></form>`;
	const table = messages.length
		? `<table><thead><tr><th>Tijd</th><th>Aan</th><th>Onderwerp</th></tr></thead><tbody>${rows}</tbody></table>`
		: '<p>Nog geen berichten. Vraag een inloglink aan in de app; hij verschijnt hier.</p>';
	return page('Ontwikkel-inbox', `<h1>Ontwikkel-inbox</h1>${filter}${table}`);
}

/** @param {import('./mail.js').Message} m */
export function inboxMessage(m) {
	const body = `<p><a href="/inbox">← Alle berichten</a></p><h1>${esc(m.subject)}</h1>
<p>Van: ${esc(m.from)}<br>Aan: ${esc(m.to.join(', '))}<br>Tijd: ${esc(m.created_at)}</p>
${
	Object.keys(m.headers ?? {}).length
		? `<h2>Headers</h2><pre>${esc(
				Object.entries(m.headers ?? {})
					.map(([k, v]) => `${k}: ${v}`)
					.join('\n')
			)}</pre>`
		: ''
}
${m.html ? `<iframe title="Inhoud van het bericht" sandbox="allow-top-navigation-by-user-activation allow-popups" srcdoc="${esc(m.html)}"></iframe>` : ''}
${m.text ? `<h2>Tekst</h2><pre>${esc(m.text)}</pre>` : ''}`;
	return page(m.subject, body);
}
