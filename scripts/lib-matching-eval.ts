/** Metrics shared by the quality benchmark and ad-hoc tuning runs. */
export type Labels = {
	relevance?: { request: string; offer: string; grade: number }[];
	cycles?: { members: string[] }[];
};

type Prop = { request: string; offer: string; score: number };

export type Metrics = {
	ndcg5: number;
	precision: number;
	recall2: number;
	emitted: number;
	cyclesFound: number;
	cycleHits: number;
	cycleTotal: number;
};

export function evaluate(
	proposals: readonly Prop[],
	cycles: readonly { members: string[] }[],
	labels: Labels,
	requests: Set<string>
): Metrics {
	const grade = new Map<string, number>();
	for (const r of labels.relevance ?? []) grade.set(`${r.request}|${r.offer}`, r.grade);
	const props = proposals.filter((p) => requests.has(p.request));

	const byRequest = new Map<string, Prop[]>();
	for (const p of props) byRequest.set(p.request, [...(byRequest.get(p.request) ?? []), p]);
	const relevantByRequest = new Map<string, number[]>();
	for (const r of labels.relevance ?? []) {
		if (!requests.has(r.request) || r.grade < 1) continue;
		relevantByRequest.set(r.request, [...(relevantByRequest.get(r.request) ?? []), r.grade]);
	}
	let ndcgSum = 0;
	for (const [req, gains] of relevantByRequest) {
		const ideal = [...gains].sort((a, b) => b - a).slice(0, 5);
		const idcg = ideal.reduce((s, g, i) => s + g / Math.log2(i + 2), 0);
		const list = [...(byRequest.get(req) ?? [])].sort((a, b) => b.score - a.score).slice(0, 5);
		const dcg = list.reduce(
			(s, p, i) => s + (grade.get(`${p.request}|${p.offer}`) ?? 0) / Math.log2(i + 2),
			0
		);
		ndcgSum += dcg / idcg;
	}
	const correct = props.filter((p) => (grade.get(`${p.request}|${p.offer}`) ?? 0) >= 1).length;
	const g2 = (labels.relevance ?? []).filter((r) => r.grade === 2 && requests.has(r.request));
	const emittedKeys = new Set(props.map((p) => `${p.request}|${p.offer}`));
	const g2Found = g2.filter((r) => emittedKeys.has(`${r.request}|${r.offer}`)).length;

	const emittedSets = new Set(cycles.map((c) => [...c.members].sort().join(',')));
	const labelled = labels.cycles ?? [];
	const cycleHits = labelled.filter((c) => emittedSets.has([...c.members].sort().join(','))).length;
	return {
		ndcg5: relevantByRequest.size ? ndcgSum / relevantByRequest.size : 0,
		precision: props.length ? correct / props.length : 0,
		recall2: g2.length ? g2Found / g2.length : 0,
		emitted: props.length,
		cyclesFound: labelled.length ? cycleHits / labelled.length : 0,
		cycleHits,
		cycleTotal: labelled.length
	};
}
