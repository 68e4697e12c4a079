// The badge's QR code, made on the server with uqr: one SVG path of the dark modules (no HTML
// string reaches the page; the component draws the path).
import { encode } from 'uqr';

export type QrCode = { size: number; path: string };

export function qrCode(text: string): QrCode {
	const { data, size } = encode(text, { ecc: 'M', border: 2 });
	let path = '';
	data.forEach((row, y) =>
		row.forEach((dark, x) => {
			if (dark) path += `M${x} ${y}h1v1h-1z`;
		})
	);
	return { size, path };
}
