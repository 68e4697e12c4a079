// Secrets of the auth stand-in: access tokens (HS256 JWTs, verified by PostgREST with the same
// secret), refresh tokens, e-mail link tokens, 6-digit codes and PKCE codes. Only sha256
// digests of the opaque ones reach the database.
import { createHash, createHmac, randomBytes, randomInt, randomUUID } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';

/** @param {string} secret */
const key = (secret) => new TextEncoder().encode(secret);

/**
 * Signs claims as an HS256 JWT (iat defaults to now).
 * @param {string} secret @param {Record<string, unknown>} claims
 */
export async function signJwt(secret, claims) {
	const iat = typeof claims.iat === 'number' ? claims.iat : Math.floor(Date.now() / 1000);
	return new SignJWT({ ...claims, iat }).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(key(secret));
}

/**
 * Verifies an HS256 JWT and returns its claims, or null when the signature, algorithm or
 * expiry is wrong.
 * @param {string} secret @param {string} token
 * @returns {Promise<Record<string, any> | null>}
 */
export async function verifyJwt(secret, token) {
	try {
		const { payload } = await jwtVerify(token, key(secret), { algorithms: ['HS256'] });
		return payload;
	} catch {
		return null;
	}
}

/** @param {string} value */
export const sha256 = (value) => createHash('sha256').update(value).digest('hex');

/** An opaque URL-safe secret. @param {number} [bytes] */
export const randomToken = (bytes = 32) => randomBytes(bytes).toString('base64url');

/** A 6-digit code, leading zeros kept. */
export const randomOtp = () => String(randomInt(0, 1_000_000)).padStart(6, '0');

/** Codes are hashed with their address so that equal codes of two users never collide. */
export const otpHash = (/** @type {string} */ email, /** @type {string} */ code) =>
	sha256(`${email.trim().toLowerCase()}:${code.trim()}`);

/**
 * Refresh tokens are derived from their row id with an HMAC, so the database keeps only a
 * digest and the handler can still hand the session's active token back to a client that
 * lost it (GoTrue's reuse rule) without storing it in clear.
 * @param {string} secret @param {string} id
 */
export const refreshTokenFor = (secret, id) =>
	createHmac('sha256', secret).update(`refresh:${id}`).digest('base64url').slice(0, 32);

/** A new refresh token: { id, token, hash }. @param {string} secret */
export function newRefreshToken(secret) {
	const id = randomUUID();
	const token = refreshTokenFor(secret, id);
	return { id, token, hash: sha256(token) };
}

/** base64url(sha256(verifier)), the S256 PKCE challenge. @param {string} verifier */
export const s256 = (verifier) => createHash('sha256').update(verifier).digest('base64url');
