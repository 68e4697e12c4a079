import { describe, expect, it } from 'vitest';
import { isPermanent } from './transport';

describe('which provider errors are permanent', () => {
	it('retries rate limits, server errors, concurrent requests and network failures', () => {
		expect(isPermanent({ name: 'rate_limit_exceeded', statusCode: 429 })).toBe(false);
		expect(isPermanent({ name: 'internal_server_error', statusCode: 500 })).toBe(false);
		expect(isPermanent({ name: 'application_error', statusCode: 503 })).toBe(false);
		expect(isPermanent({ name: 'concurrent_idempotent_requests', statusCode: 409 })).toBe(false);
		expect(isPermanent({ name: 'application_error', statusCode: null })).toBe(false);
	});

	it('gives up on any other 4xx: the message itself is refused', () => {
		expect(isPermanent({ name: 'validation_error', statusCode: 422 })).toBe(true);
		expect(isPermanent({ name: 'invalid_from_address', statusCode: 403 })).toBe(true);
		expect(isPermanent({ name: 'not_found', statusCode: 404 })).toBe(true);
		expect(isPermanent({ name: 'invalid_idempotent_request', statusCode: 409 })).toBe(true);
		// Without a status, the SDK's own validation names count.
		expect(isPermanent({ name: 'invalid_parameter', statusCode: null })).toBe(true);
	});
});
